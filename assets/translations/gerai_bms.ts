<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Basa Banyumasan ("Ngapak") for the Gerai visitor screens.

  For the reviewer: this file is the whole translation; no code changes are needed.
  Each <message> has the English <source> (do not change it) and the Banyumasan
  <translation> shown on the kiosk. Correct a <translation> and save the file (UTF-8).
  Keep %1, %2 and %n exactly as they are: the kiosk puts a name or a number there.
  Qt Linguist (File > Open, this file) shows every text with the Indonesian and
  English screens' meaning and marks a text "finished" with Ctrl+Return; a plain
  text editor works just as well. The kiosk builds its .qm file from this one at the
  next start. Register: ngoko-alus for public signage (the visitor is "Panjenengan").
  Contents (innovation titles and stories) come from the festival pack and stay in
  Indonesian in this language.
  Language code inside Gerai: "bms". The TS language below is Javanese (jv_ID),
  so Qt uses Javanese rules (one plural form) for %n.
-->
<TS version="2.1" language="jv_ID" sourcelanguage="en_US">
    <context>
        <name>AttractScreen</name>
        <message>
            <source>Booth %1 · %2</source>
            <translation>Stan %1 · %2</translation>
        </message>
        <message>
            <source>Touch the screen to start</source>
            <translation>Demek layar nggo miwiti</translation>
        </message>
    </context>
    <context>
        <name>DetailScreen</name>
        <message>
            <source>‹ All innovations</source>
            <translation>‹ Kabeh inovasi</translation>
        </message>
    </context>
    <context>
        <name>FeedbackScreen</name>
        <message>
            <source>Your feedback on “%1”</source>
            <translation>Masukan Panjenengan kanggo “%1”</translation>
        </message>
        <message>
            <source>Your feedback on this booth</source>
            <translation>Masukan Panjenengan nggo stan kiye</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Langkah %1 sekang %2</translation>
        </message>
        <message>
            <source>How do you rate it?</source>
            <translation>Kepriwe penilaian Panjenengan?</translation>
        </message>
        <message>
            <source>What fits best? Tap any that apply.</source>
            <translation>Endi sing paling cocog? Kena milih luwih sekang siji.</translation>
        </message>
        <message>
            <source>Anything else? (optional)</source>
            <translation>Ana sing arep diomongna? (kena dikosongna)</translation>
        </message>
        <message>
            <source>Type your comment here</source>
            <translation>Tulis komentar Panjenengan nang kene</translation>
        </message>
        <message>
            <source>I agree to be contacted about this feedback. My contact is only for the festival committee.</source>
            <translation>Inyong gelem dihubungi babagan masukan kiye. Kontak inyong mung dienggo panitia festival.</translation>
        </message>
        <message>
            <source>Phone number or e-mail</source>
            <translation>Nomer HP/WhatsApp utawa e-mail</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ora sida</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Bali</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Terus</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Kirim</translation>
        </message>
    </context>
    <context>
        <name>FeedbackThanksScreen</name>
        <message>
            <source>Thank you for your feedback!</source>
            <translation>Matur nuwun wis aweh masukan!</translation>
        </message>
        <message>
            <source>It helps this agency improve its services.</source>
            <translation>Masukan Panjenengan mbantu instansi kiye ndadekna layanane luwih apik.</translation>
        </message>
        <message>
            <source>Back to the innovations</source>
            <translation>Bali maring inovasi</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Rampung</translation>
        </message>
        <message>
            <source>Back to home</source>
            <translation>Bali maring Awal</translation>
        </message>
    </context>
    <context>
        <name>Gallery</name>
        <message>
            <source>No photos yet</source>
            <translation>Durung ana foto</translation>
        </message>
    </context>
    <context>
        <name>GoodbyeScreen</name>
        <message>
            <source>Thank you for visiting!</source>
            <translation>Matur nuwun wis mampir!</translation>
        </message>
        <message>
            <source>Enjoy the other booths of the festival.</source>
            <translation>Mangga dolan maring stan liyane nang festival kiye.</translation>
        </message>
        <message>
            <source>Back to start</source>
            <translation>Bali maring awal</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Service satisfaction survey</source>
            <translation>Isi Survei Kepuasan Masyarakat</translation>
        </message>
        <message>
            <source>Innovations of %1</source>
            <translation>Inovasi sekang %1</translation>
        </message>
        <message numerus="yes">
            <source>Choose an innovation to see its story. You have %n vote(s) left.</source>
            <translation>
                <numerusform>Demek salah siji inovasi nggo maca critane. Suara Panjenengan gari %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give feedback</source>
            <translation>Aweh masukan</translation>
        </message>
    </context>
    <context>
        <name>IdleOverlay</name>
        <message>
            <source>Are you still there?</source>
            <translation>Panjenengan esih nang kene?</translation>
        </message>
        <message numerus="yes">
            <source>This visit ends in %n second(s) and anything not sent is cleared.</source>
            <translation>
                <numerusform>Kunjungan kiye rampung %n detik maning, lan isian sing durung dikirim bakal ilang.</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Terusna</translation>
        </message>
    </context>
    <context>
        <name>InnovationText</name>
        <message>
            <source>Since %1</source>
            <translation>Kawit %1</translation>
        </message>
        <message>
            <source>Contact: %1</source>
            <translation>Kontak: %1</translation>
        </message>
    </context>
    <context>
        <name>MapScreen</name>
        <message>
            <source>Festival map</source>
            <translation>Peta festival</translation>
        </message>
        <message>
            <source>Visit the other booths too. You are at booth %1.</source>
            <translation>Mampir uga maring stan liyane. Panjenengan lagi nang stan %1.</translation>
        </message>
        <message>
            <source>You are here</source>
            <translation>Panjenengan nang kene</translation>
        </message>
    </context>
    <context>
        <name>QrBlock</name>
        <message>
            <source>Scan for the full story</source>
            <translation>Pindai kode QR nggo maca crita lengkape</translation>
        </message>
    </context>
    <context>
        <name>StaffCallScreen</name>
        <message>
            <source>Please call a staff member</source>
            <translation>Mangga nyeluk petugas stan</translation>
        </message>
        <message>
            <source>Sorry, something needs attention at this kiosk. The booth staff will help you.</source>
            <translation>Nyuwun ngapura, layar kiye lagi ana kendala. Petugas stan bakal mbantu Panjenengan.</translation>
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <source>Accessibility</source>
            <translation>Tampilan lan Swara</translation>
        </message>
        <message>
            <source>Booth %1 · %2</source>
            <translation>Stan %1 · %2</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Awal</translation>
        </message>
        <message>
            <source>Festival map</source>
            <translation>Peta festival</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Rampung</translation>
        </message>
    </context>
    <context>
        <name>VoteArea</name>
        <message>
            <source>Vote with your ballot card</source>
            <translation>Milih nganggo kartu suara</translation>
        </message>
        <message>
            <source>Vote for this innovation</source>
            <translation>Pilih inovasi kiye</translation>
        </message>
        <message numerus="yes">
            <source>You can vote again in %n second(s)</source>
            <translation>
                <numerusform>Bisa milih maning sawise %n detik</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ You voted for this innovation</source>
            <translation>✓ Panjenengan wis milih inovasi kiye</translation>
        </message>
        <message numerus="yes">
            <source>You have used all %n vote(s). Thank you!</source>
            <translation>
                <numerusform>Suara Panjenengan wis dienggo kabeh (%n). Matur nuwun!</numerusform>
            </translation>
        </message>
        <message>
            <source>Take a moment to read. The vote button appears shortly.</source>
            <translation>Mangga diwaca dhisit. Tombol Pilih sedhela maning metu.</translation>
        </message>
        <message>
            <source>Give feedback</source>
            <translation>Aweh masukan</translation>
        </message>
        <message>
            <source>Please wait a moment before voting again.</source>
            <translation>Mangga ngenteni sedhela sedurunge milih maning.</translation>
        </message>
        <message>
            <source>You already voted for this innovation.</source>
            <translation>Panjenengan wis milih inovasi kiye.</translation>
        </message>
        <message>
            <source>You have no votes left in this visit.</source>
            <translation>Suara Panjenengan kanggo kunjungan kiye wis entong.</translation>
        </message>
        <message>
            <source>Please take a little longer to read first.</source>
            <translation>Mangga diwaca sedhela maning sedurunge milih.</translation>
        </message>
        <message>
            <source>A vote is not possible right now.</source>
            <translation>Siki durung bisa milih.</translation>
        </message>
    </context>
    <context>
        <name>VoteThanksScreen</name>
        <message>
            <source>Ballot card %1 accepted.</source>
            <translation>Kartu suara %1 ditampa.</translation>
        </message>
        <message>
            <source>Thank you! Your vote is counted.</source>
            <translation>Matur nuwun wis milih! Suara Panjenengan wis kacathet.</translation>
        </message>
        <message>
            <source>You voted for “%1”.</source>
            <translation>Panjenengan milih “%1”.</translation>
        </message>
        <message numerus="yes">
            <source>You have %n vote(s) left for other innovations.</source>
            <translation>
                <numerusform>Suara Panjenengan nggo inovasi liyane gari %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>You have used all your votes. Thank you for taking part!</source>
            <translation>Suara Panjenengan wis dienggo kabeh. Matur nuwun wis melu!</translation>
        </message>
        <message>
            <source>Give feedback</source>
            <translation>Aweh masukan</translation>
        </message>
        <message>
            <source>See other innovations</source>
            <translation>Deleng inovasi liyane</translation>
        </message>
    </context>
    <context>
        <name>A11yPanel</name>
        <message>
            <source>Accessibility</source>
            <translation>Tampilan lan Swara</translation>
        </message>
        <message>
            <source>Large text</source>
            <translation>Tulisan gedhe</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Kontras dhuwur</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>Kurangna animasi</translation>
        </message>
        <message>
            <source>Read this screen aloud</source>
            <translation>Wacakna isi layar</translation>
        </message>
        <message>
            <source>Read-aloud is not available</source>
            <translation>Wacakna layar ora kasedhiya</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>You can vote for this innovation: press Vote.</source>
            <translation>Panjenengan bisa milih inovasi kiye: pencet tombol Pilih inovasi kiye.</translation>
        </message>
        <message>
            <source>You have voted for this innovation.</source>
            <translation>Panjenengan wis milih inovasi kiye.</translation>
        </message>
        <message>
            <source>Buttons: %1.</source>
            <translation>Tombol: %1.</translation>
        </message>
        <message>
            <source>Thank you for your vote.</source>
            <translation>Matur nuwun wis milih.</translation>
        </message>
        <message>
            <source>Touch the screen to start.</source>
            <translation>Demek layar nggo miwiti.</translation>
        </message>
        <message>
            <source>Choose an innovation to read about it and vote. Buttons: Festival map, Done.</source>
            <translation>Demek salah siji inovasi nggo maca critane lan milih. Tombol: Peta festival, Rampung.</translation>
        </message>
        <message>
            <source>Tell us what you think: choose a face, then press Next.</source>
            <translation>Critakna pendapat Panjenengan: pilih salah siji gambar rai, njur pencet tombol Terus.</translation>
        </message>
        <message>
            <source>Thank you for your feedback.</source>
            <translation>Matur nuwun wis aweh masukan.</translation>
        </message>
        <message>
            <source>Thank you for visiting.</source>
            <translation>Matur nuwun wis mampir.</translation>
        </message>
        <message>
            <source>The festival map: every booth and where you are.</source>
            <translation>Peta festival: kabeh stan lan panggonan Panjenengan.</translation>
        </message>
        <message>
            <source>Please call a member of staff.</source>
            <translation>Mangga nyeluk petugas stan.</translation>
        </message>
        <message>
            <source>The public satisfaction survey: choose an answer, then press Next.</source>
            <translation>Survei Kepuasan Masyarakat: pilih siji jawaban, njur pencet tombol Terus.</translation>
        </message>
        <message>
            <source>Thank you for filling in the survey.</source>
            <translation>Matur nuwun wis ngisi survei.</translation>
        </message>
    </context>
    <context>
        <name>SurveyScreen</name>
        <message>
            <source>Service satisfaction survey</source>
            <translation>Survei Kepuasan Masyarakat (SKM)</translation>
        </message>
        <message>
            <source>Type your suggestion here</source>
            <translation>Tulis saran Panjenengan nang kene</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ora sida</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Bali</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Liwati</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Terus</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Kirim</translation>
        </message>
    </context>
    <context>
        <name>SurveyThanksScreen</name>
        <message>
            <source>Thank you for filling in the survey!</source>
            <translation>Matur nuwun wis ngisi survei!</translation>
        </message>
        <message>
            <source>Your answers help this agency improve its public services.</source>
            <translation>Jawaban Panjenengan mbantu instansi kiye ndandani pelayanan publike.</translation>
        </message>
        <message>
            <source>Back to the innovations</source>
            <translation>Bali maring inovasi</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Rampung</translation>
        </message>
    </context>
    <context>
        <name>A11yButton</name>
        <message>
            <source>Accessibility</source>
            <translation>Tampilan lan Swara</translation>
        </message>
    </context>
    <context>
        <name>CommentBox</name>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%1 sekang %2 aksara</translation>
        </message>
        <message>
            <source>Emoji cannot be used here, so it was left out.</source>
            <translation>Emoji ora bisa dienggo nang kene, mulane ora dilebokna.</translation>
        </message>
    </context>
    <context>
        <name>CardPrompt</name>
        <message>
            <source>Show your ballot card</source>
            <translation>Tuduhna kartu suara Panjenengan</translation>
        </message>
        <message>
            <source>Hold the QR code on your card under the scanner.</source>
            <translation>Cedhakna kode QR neng kartu maring pemindai.</translation>
        </message>
        <message>
            <source>This card belongs to another festival. Ballot cards for this festival are given out at the entrance.</source>
            <translation>Kartu kiye kanggo festival liya. Kartu suara festival kiye dibagi neng lawang mlebu.</translation>
        </message>
        <message>
            <source>This card cannot be used. Please ask the festival organizers for help.</source>
            <translation>Kartu kiye ora bisa dienggo. Mangga nyuwun tulung maring panitia festival.</translation>
        </message>
        <message>
            <source>This card&apos;s batch was withdrawn by the organizers. Please ask at the festival information desk for a new card.</source>
            <translation>Kartu kiye wis ditarik panitia. Mangga njaluk kartu anyar maring meja informasi festival.</translation>
        </message>
        <message>
            <source>All votes on this card have been used. Thank you for taking part!</source>
            <translation>Kabeh suara neng kartu kiye wis kanggo. Matur nuwun wis melu!</translation>
        </message>
        <message>
            <source>This code is not a ballot card. Please scan the QR code on your ballot card.</source>
            <translation>Kode kiye dudu kartu suara. Pindai kode QR neng kartu suara Panjenengan.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ora sida</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>Tidak baik</source>
            <translation>Ora apik</translation>
        </message>
        <message>
            <source>Kurang baik</source>
            <translation>Kurang apik</translation>
        </message>
        <message>
            <source>Baik</source>
            <translation>Apik</translation>
        </message>
        <message>
            <source>Sangat baik</source>
            <translation>Apik banget</translation>
        </message>
        <message>
            <source>Bermanfaat</source>
            <translation>Migunani</translation>
        </message>
        <message>
            <source>Mudah dipahami</source>
            <translation>Gampang dimangerteni</translation>
        </message>
        <message>
            <source>Kreatif</source>
            <translation>Kreatif</translation>
        </message>
        <message>
            <source>Ingin mencobanya</source>
            <translation>Pengin njajal</translation>
        </message>
        <message>
            <source>Perlu ditingkatkan</source>
            <translation>Perlu diapiki</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>Persyaratan</source>
            <translation>Persyaratan</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?</source>
            <translation>Kepriwe pendapat Panjenengan babagan cocoge persyaratan layanan karo jenis layanane?</translation>
        </message>
        <message>
            <source>Tidak sesuai</source>
            <translation>Ora cocog</translation>
        </message>
        <message>
            <source>Kurang sesuai</source>
            <translation>Kurang cocog</translation>
        </message>
        <message>
            <source>Sesuai</source>
            <translation>Cocog</translation>
        </message>
        <message>
            <source>Sangat sesuai</source>
            <translation>Cocog banget</translation>
        </message>
        <message>
            <source>Sistem, mekanisme, dan prosedur</source>
            <translation>Sistem, mekanisme, lan prosedur</translation>
        </message>
        <message>
            <source>Bagaimana pemahaman Anda tentang kemudahan prosedur pelayanan di unit ini?</source>
            <translation>Kepriwe pemahaman Panjenengan babagan gampange prosedur layanan nang unit kiye?</translation>
        </message>
        <message>
            <source>Tidak mudah</source>
            <translation>Ora gampang</translation>
        </message>
        <message>
            <source>Kurang mudah</source>
            <translation>Kurang gampang</translation>
        </message>
        <message>
            <source>Mudah</source>
            <translation>Gampang</translation>
        </message>
        <message>
            <source>Sangat mudah</source>
            <translation>Gampang banget</translation>
        </message>
        <message>
            <source>Waktu penyelesaian</source>
            <translation>Wektu rampunge layanan</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang kecepatan waktu dalam memberikan pelayanan?</source>
            <translation>Kepriwe pendapat Panjenengan babagan cepete wektu anggone aweh layanan?</translation>
        </message>
        <message>
            <source>Tidak cepat</source>
            <translation>Ora cepet</translation>
        </message>
        <message>
            <source>Kurang cepat</source>
            <translation>Kurang cepet</translation>
        </message>
        <message>
            <source>Cepat</source>
            <translation>Cepet</translation>
        </message>
        <message>
            <source>Sangat cepat</source>
            <translation>Cepet banget</translation>
        </message>
        <message>
            <source>Biaya/tarif</source>
            <translation>Biaya/tarif</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang kewajaran biaya/tarif dalam pelayanan?</source>
            <translation>Kepriwe pendapat Panjenengan babagan pantese biaya/tarif layanan?</translation>
        </message>
        <message>
            <source>Sangat mahal</source>
            <translation>Larang banget</translation>
        </message>
        <message>
            <source>Cukup mahal</source>
            <translation>Rada larang</translation>
        </message>
        <message>
            <source>Murah</source>
            <translation>Murah</translation>
        </message>
        <message>
            <source>Gratis</source>
            <translation>Gratis</translation>
        </message>
        <message>
            <source>Produk spesifikasi jenis pelayanan</source>
            <translation>Produk spesifikasi jenis layanan</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?</source>
            <translation>Kepriwe pendapat Panjenengan babagan cocoge produk layanan sing kacathet nang standar layanan karo asil sing ditampa?</translation>
        </message>
        <message>
            <source>Kompetensi pelaksana</source>
            <translation>Kompetensi petugas</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang kompetensi/kemampuan petugas dalam pelayanan?</source>
            <translation>Kepriwe pendapat Panjenengan babagan kompetensi/kemampuane petugas anggone aweh layanan?</translation>
        </message>
        <message>
            <source>Tidak kompeten</source>
            <translation>Ora kompeten</translation>
        </message>
        <message>
            <source>Kurang kompeten</source>
            <translation>Kurang kompeten</translation>
        </message>
        <message>
            <source>Kompeten</source>
            <translation>Kompeten</translation>
        </message>
        <message>
            <source>Sangat kompeten</source>
            <translation>Kompeten banget</translation>
        </message>
        <message>
            <source>Perilaku pelaksana</source>
            <translation>Sikape petugas</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?</source>
            <translation>Kepriwe pendapat Panjenengan babagan sikape petugas anggone aweh layanan, sopan lan grapyak apa ora?</translation>
        </message>
        <message>
            <source>Tidak sopan dan ramah</source>
            <translation>Ora sopan lan ora grapyak</translation>
        </message>
        <message>
            <source>Kurang sopan dan ramah</source>
            <translation>Kurang sopan lan grapyak</translation>
        </message>
        <message>
            <source>Sopan dan ramah</source>
            <translation>Sopan lan grapyak</translation>
        </message>
        <message>
            <source>Sangat sopan dan ramah</source>
            <translation>Sopan lan grapyak banget</translation>
        </message>
        <message>
            <source>Sarana dan prasarana</source>
            <translation>Sarana lan prasarana</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang kualitas sarana dan prasarana?</source>
            <translation>Kepriwe pendapat Panjenengan babagan kualitas sarana lan prasarana?</translation>
        </message>
        <message>
            <source>Buruk</source>
            <translation>Elek</translation>
        </message>
        <message>
            <source>Cukup</source>
            <translation>Cukup</translation>
        </message>
        <message>
            <source>Baik</source>
            <translation>Apik</translation>
        </message>
        <message>
            <source>Sangat baik</source>
            <translation>Apik banget</translation>
        </message>
        <message>
            <source>Penanganan pengaduan, saran dan masukan</source>
            <translation>Penanganan pengaduan, saran lan masukan</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang penanganan pengaduan pengguna layanan?</source>
            <translation>Kepriwe pendapat Panjenengan babagan penanganan pengaduan sekang pengguna layanan?</translation>
        </message>
        <message>
            <source>Tidak ada</source>
            <translation>Ora ana</translation>
        </message>
        <message>
            <source>Ada tetapi tidak berfungsi</source>
            <translation>Ana ning ora mlaku</translation>
        </message>
        <message>
            <source>Berfungsi kurang maksimal</source>
            <translation>Mlaku ning durung maksimal</translation>
        </message>
        <message>
            <source>Dikelola dengan baik</source>
            <translation>Diurus kanthi apik</translation>
        </message>
        <message>
            <source>Laki-laki</source>
            <translation>Lanang</translation>
        </message>
        <message>
            <source>Perempuan</source>
            <translation>Wadon</translation>
        </message>
        <message>
            <source>Di bawah 20 tahun</source>
            <translation>Kurang sekang 20 taun</translation>
        </message>
        <message>
            <source>20–29 tahun</source>
            <translation>20–29 taun</translation>
        </message>
        <message>
            <source>30–39 tahun</source>
            <translation>30–39 taun</translation>
        </message>
        <message>
            <source>40–49 tahun</source>
            <translation>40–49 taun</translation>
        </message>
        <message>
            <source>50 tahun ke atas</source>
            <translation>50 taun munggah</translation>
        </message>
        <message>
            <source>SD ke bawah</source>
            <translation>SD utawa ngisore</translation>
        </message>
        <message>
            <source>SMP</source>
            <translation>SMP</translation>
        </message>
        <message>
            <source>SMA/SMK</source>
            <translation>SMA/SMK</translation>
        </message>
        <message>
            <source>Diploma (D1–D4)</source>
            <translation>Diploma (D1–D4)</translation>
        </message>
        <message>
            <source>S1</source>
            <translation>S1</translation>
        </message>
        <message>
            <source>S2 ke atas</source>
            <translation>S2 munggah</translation>
        </message>
        <message>
            <source>PNS/TNI/Polri</source>
            <translation>PNS/TNI/Polri</translation>
        </message>
        <message>
            <source>Pegawai swasta</source>
            <translation>Pegawe swasta</translation>
        </message>
        <message>
            <source>Wirausaha</source>
            <translation>Usaha dhewek</translation>
        </message>
        <message>
            <source>Pelajar/Mahasiswa</source>
            <translation>Pelajar/Mahasiswa</translation>
        </message>
        <message>
            <source>Lainnya</source>
            <translation>Liyane</translation>
        </message>
    </context>
    <context>
        <name>Category</name>
        <message>
            <source>Administrasi Kependudukan</source>
            <translation>Administrasi Kependudukan</translation>
        </message>
        <message>
            <source>Ekonomi</source>
            <translation>Ekonomi</translation>
        </message>
        <message>
            <source>Infrastruktur</source>
            <translation>Infrastruktur</translation>
        </message>
        <message>
            <source>Kebencanaan</source>
            <translation>Kebencanaan</translation>
        </message>
        <message>
            <source>Kesehatan</source>
            <translation>Kesehatan</translation>
        </message>
        <message>
            <source>Layanan Publik</source>
            <translation>Layanan Publik</translation>
        </message>
        <message>
            <source>Lingkungan Hidup</source>
            <translation>Lingkungan Urip</translation>
        </message>
        <message>
            <source>Pariwisata</source>
            <translation>Pariwisata</translation>
        </message>
        <message>
            <source>Pendidikan</source>
            <translation>Pendidikan</translation>
        </message>
        <message>
            <source>Perlindungan Sosial</source>
            <translation>Perlindungan Sosial</translation>
        </message>
        <message>
            <source>Pertanian</source>
            <translation>Tetanen</translation>
        </message>
        <message>
            <source>Tata Kelola Pemerintahan</source>
            <translation>Tata Kelola Pemerintahan</translation>
        </message>
        <message>
            <source>Tata Ruang</source>
            <translation>Tata Ruang</translation>
        </message>
        <message>
            <source>Transformasi Digital</source>
            <translation>Transformasi Digital</translation>
        </message>
    </context>
    <context>
        <name>SurveyForm</name>
        <message>
            <source>Which service did you use?</source>
            <translation>Layanan apa sekang instansi kiye sing tau Panjenengan enggo?</translation>
        </message>
        <message>
            <source>About you (optional)</source>
            <translation>Babagan Panjenengan (kena diliwati)</translation>
        </message>
        <message>
            <source>Your suggestion (optional)</source>
            <translation>Saran Panjenengan (kena dikosongna)</translation>
        </message>
        <message>
            <source>Choose the service</source>
            <translation>Pilih layanane</translation>
        </message>
        <message>
            <source>Element %1 of %2</source>
            <translation>Pitakonan %1 sekang %2</translation>
        </message>
        <message>
            <source>About you</source>
            <translation>Babagan Panjenengan</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Saran</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Umur</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Pendidikan pungkasan</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Pegawean</translation>
        </message>
        <message>
            <source>Prefer not to say</source>
            <translation>Ora pengin njawab</translation>
        </message>
        <message>
            <source>Answer at least one element before sending.</source>
            <translation>Jawab paling ora siji pitakonan sedurunge ngirim.</translation>
        </message>
    </context>
</TS>
