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
            <translation>Masukan Panjenengan nggo “%1”</translation>
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
        <message>
            <source>Pause</source>
            <translation>Mandheg</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Puter</translation>
        </message>
        <message>
            <source>Sound on</source>
            <translation>Uripna swara</translation>
        </message>
        <message>
            <source>Sound off</source>
            <translation>Pateni swara</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Banter swara</translation>
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
        <message>
            <source>✓ You voted</source>
            <translation>✓ Wis Panjenengan pilih</translation>
        </message>
        <message>
            <source>More innovations ↓</source>
            <translation>Inovasi liyane ↓</translation>
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
        <message>
            <source>Touch a booth to see its innovations.</source>
            <translation>Demek stan nggo ndeleng inovasine.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Panggung</translation>
        </message>
        <message>
            <source>Entrance</source>
            <translation>Lawang mlebu</translation>
        </message>
        <message>
            <source>North</source>
            <translation>Lor</translation>
        </message>
        <message>
            <source>N</source>
            <translation>Lor</translation>
        </message>
        <message>
            <source>Booth %1 · %2</source>
            <translation>Stan %1 · %2</translation>
        </message>
        <message>
            <source>Innovations at this booth</source>
            <translation>Inovasi nang stan kiye</translation>
        </message>
        <message>
            <source>Visit booth %1 to read their stories and vote.</source>
            <translation>Mampir maring stan %1 nggo maca critane lan milih.</translation>
        </message>
        <message>
            <source>No innovations of this booth are listed here.</source>
            <translation>Daftar inovasi stan kiye ora ana nang kene.</translation>
        </message>
        <message>
            <source>Visit booth %1 to see what they show.</source>
            <translation>Mampir maring stan %1 nggo ndeleng apa sing ditampilna.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
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
            <translation>Suara Panjenengan nggo kunjungan kiye wis entong.</translation>
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
            <translation>Cedhakna kode QR nang kartu maring pemindai.</translation>
        </message>
        <message>
            <source>This card belongs to another festival. Ballot cards for this festival are given out at the entrance.</source>
            <translation>Kartu kiye nggo festival liya. Kartu suara festival kiye dibagi nang lawang mlebu.</translation>
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
            <translation>Suara nang kartu kiye wis dienggo kabeh. Matur nuwun wis melu!</translation>
        </message>
        <message>
            <source>This code is not a ballot card. Please scan the QR code on your ballot card.</source>
            <translation>Kode kiye dudu kartu suara. Pindai kode QR nang kartu suara Panjenengan.</translation>
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
            <source>PNS</source>
            <translation>PNS</translation>
        </message>
        <message>
            <source>TNI</source>
            <translation>TNI</translation>
        </message>
        <message>
            <source>Polri</source>
            <translation>Polri</translation>
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
<context>
        <name>Main</name>
        <message>
            <source>Your answers have not been sent. Leave?</source>
            <translation>Jawaban Panjenengan durung kekirim. Ditinggal?</translation>
        </message>
        <message>
            <source>Keep answering</source>
            <translation>Terusna ngisi</translation>
        </message>
        <message>
            <source>Yes, leave</source>
            <translation>Nggih, ditinggal</translation>
        </message>
    </context>
<context>
        <name>DeskBigScreen</name>
        <message>
            <source>People's choice: the top 10</source>
            <translation>Pilihan Pengunjung: 10 Besar</translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n suara</numerusform>
            </translation>
        </message>
    </context>
<context>
        <name>DeskBoard</name>
        <message>
            <source>%1 waiting · %2 file in · %3 receipt matched · %4 with a problem</source>
            <translation>%1 menunggu · %2 berkas masuk · %3 struk cocok · %4 bermasalah</translation>
        </message>
        <message>
            <source>Booth</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>OPD</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Keadaan</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Tiba</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Rekaman</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Struk</translation>
        </message>
    </context>
<context>
        <name>DeskHandover</name>
        <message>
            <source>Choose the stick or folder with the booth files</source>
            <translation>Pilih flashdisk atau folder berisi berkas stan</translation>
        </message>
        <message>
            <source>Choose the photo of the receipt</source>
            <translation>Pilih foto struk</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
            <translation>Foto (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
        </message>
        <message>
            <source>1. The booth's files</source>
            <translation>1. Berkas stan</translation>
        </message>
        <message>
            <source>Plug in the stick, then choose it below, or choose any folder. The files are copied to the desk's folder first, then checked and merged while you go on working.</source>
            <translation>Pasang flashdisk, lalu pilih di bawah ini, atau pilih folder mana pun. Berkas disalin dahulu ke folder meja, lalu diperiksa dan digabungkan sementara Anda tetap bekerja.</translation>
        </message>
        <message>
            <source>Take in the files on %1</source>
            <translation>Ambil berkas dari %1</translation>
        </message>
        <message>
            <source>No stick found yet.</source>
            <translation>Belum ada flashdisk terpasang.</translation>
        </message>
        <message>
            <source>Folder, e.g. /media/panitia/STAN-A3</source>
            <translation>Folder, mis. /media/panitia/STAN-A3</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Pilih…</translation>
        </message>
        <message>
            <source>Take in and merge</source>
            <translation>Ambil dan gabungkan</translation>
        </message>
        <message>
            <source>2. The closing receipt</source>
            <translation>2. Struk penutupan</translation>
        </message>
        <message>
            <source>Photos synced to %1 are read by themselves. Or choose a photo, or type or scan the receipt.</source>
            <translation>Foto yang masuk ke %1 dibaca otomatis. Anda juga dapat memilih foto, atau mengetik atau memindai struk.</translation>
        </message>
        <message>
            <source>Choose the photo of the receipt, or type or scan it (a QR scanner types it here).</source>
            <translation>Pilih foto struk, atau ketik atau pindai struk (pemindai QR mengetikkannya di sini).</translation>
        </message>
        <message>
            <source>Save receipt</source>
            <translation>Simpan struk</translation>
        </message>
        <message>
            <source>Choose a photo of the receipt…</source>
            <translation>Pilih foto struk…</translation>
        </message>
        <message>
            <source>Last hand-over</source>
            <translation>Serah terima terakhir</translation>
        </message>
        <message>
            <source>Merged, but a file needs attention: see below and on the board.</source>
            <translation>Sudah digabungkan, tetapi ada berkas yang perlu diperiksa: lihat di bawah dan di papan stan.</translation>
        </message>
        <message>
            <source>Report written to %1.</source>
            <translation>Laporan disimpan di %1.</translation>
        </message>
        <message>
            <source>Receipt saved: it is checked when the booth's file comes in.</source>
            <translation>Struk disimpan dan akan dicocokkan saat berkas stan masuk.</translation>
        </message>
        <message>
            <source>Receipt saved and checked against the booth's file: see the board.</source>
            <translation>Struk disimpan dan sudah dicocokkan dengan berkas stan: lihat papan stan.</translation>
        </message>
        <message>
            <source>Merged. Now the closing receipt: photograph it, or type or scan it.</source>
            <translation>Sudah digabungkan. Sekarang struk penutupan: potret, ketik, atau pindai struknya.</translation>
        </message>
        <message>
            <source>Done: every file accepted.</source>
            <translation>Selesai: semua berkas diterima.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) merged</source>
            <translation>
                <numerusform>%n rekaman digabungkan</numerusform>
            </translation>
        </message>
    </context>
<context>
        <name>DeskResults</name>
        <message>
            <source>No results yet: hand over the first booth's file.</source>
            <translation>Belum ada hasil: serahkan berkas stan pertama.</translation>
        </message>
        <message>
            <source>%1 valid votes · %2 not counted · %3 anomaly flags</source>
            <translation>%1 suara sah · %2 tidak dihitung · %3 tanda anomali</translation>
        </message>
        <message>
            <source>Innovation</source>
            <translation>Inovasi</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>OPD</translation>
        </message>
        <message>
            <source>Valid votes</source>
            <translation>Suara sah</translation>
        </message>
        <message>
            <source>Per 100 sessions</source>
            <translation>Per 100 sesi</translation>
        </message>
        <message>
            <source>Flags (never applied)</source>
            <translation>Tanda (tidak diterapkan)</translation>
        </message>
    </context>
<context>
        <name>DeskWindow</name>
        <message>
            <source>Gerai · Organizers' desk</source>
            <translation>Gerai · Meja Panitia</translation>
        </message>
        <message>
            <source>Organizers' desk</source>
            <translation>Meja Panitia</translation>
        </message>
        <message>
            <source>Publish report</source>
            <translation>Terbitkan laporan</translation>
        </message>
        <message>
            <source>Big screen</source>
            <translation>Layar besar</translation>
        </message>
        <message>
            <source>Booths (%1 of %2 in)</source>
            <translation>Stan (%1 dari %2 masuk)</translation>
        </message>
        <message>
            <source>Hand-over</source>
            <translation>Serah terima</translation>
        </message>
        <message>
            <source>Live results</source>
            <translation>Hasil sementara</translation>
        </message>
        <message>
            <source>Copying the stick…</source>
            <translation>Menyalin isi flashdisk…</translation>
        </message>
        <message>
            <source>Counting the results…</source>
            <translation>Menghitung hasil…</translation>
        </message>
        <message>
            <source>Checking and merging %1…</source>
            <translation>Memeriksa dan menggabungkan %1…</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Sedang diproses…</translation>
        </message>
        <message numerus="yes">
            <source>%n more waiting</source>
            <translation>
                <numerusform>%n lagi dalam antrean</numerusform>
            </translation>
        </message>
    </context>
<context>
        <name>DeskWords</name>
        <message>
            <source>File in</source>
            <translation>Berkas masuk</translation>
        </message>
        <message>
            <source>Receipt matched</source>
            <translation>Struk cocok</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Bermasalah</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <source>Longer copy merged</source>
            <translation>Salinan lebih lengkap digabungkan</translation>
        </message>
        <message>
            <source>Already merged</source>
            <translation>Sudah digabungkan</translation>
        </message>
        <message>
            <source>No closing receipt yet</source>
            <translation>Belum ada struk penutupan</translation>
        </message>
        <message>
            <source>Content differs from the pack</source>
            <translation>Isi berbeda dari paket festival</translation>
        </message>
        <message>
            <source>File shorter than its receipt</source>
            <translation>Berkas lebih pendek daripada struk</translation>
        </message>
        <message>
            <source>Records after the closing receipt</source>
            <translation>Ada rekaman sesudah struk penutupan</translation>
        </message>
        <message>
            <source>Changed after its receipt</source>
            <translation>Diubah sesudah struk dibuat</translation>
        </message>
        <message>
            <source>Receipts contradict each other</source>
            <translation>Struk saling bertentangan</translation>
        </message>
        <message>
            <source>Not on the roster</source>
            <translation>Tidak ada dalam daftar kios</translation>
        </message>
        <message>
            <source>Impostor kiosk</source>
            <translation>Kios palsu</translation>
        </message>
        <message>
            <source>Two differing copies</source>
            <translation>Dua salinan berbeda</translation>
        </message>
        <message>
            <source>Records changed (chain broken)</source>
            <translation>Rekaman diubah (rantai putus)</translation>
        </message>
        <message>
            <source>From another festival</source>
            <translation>Dari festival lain</translation>
        </message>
        <message>
            <source>Damaged file</source>
            <translation>Berkas rusak</translation>
        </message>
        <message>
            <source>Not a booth file</source>
            <translation>Bukan berkas stan</translation>
        </message>
        <message>
            <source>Made by a newer Gerai</source>
            <translation>Dibuat oleh Gerai versi lebih baru</translation>
        </message>
        <message>
            <source>Fewer records than the receipt</source>
            <translation>Rekaman lebih sedikit daripada struk</translation>
        </message>
        <message>
            <source>Receipt without a counted file</source>
            <translation>Struk tanpa berkas yang dihitung</translation>
        </message>
        <message>
            <source>Photograph the booth's closing receipt, or type or scan it.</source>
            <translation>Potret struk penutupan stan, atau ketik atau pindai struknya.</translation>
        </message>
        <message>
            <source>Ask the booth why. Its votes count; its content changes do not.</source>
            <translation>Tanyakan alasannya kepada stan. Suaranya dihitung, perubahan isinya tidak.</translation>
        </message>
        <message>
            <source>Ask for the kiosk's last export or its backup and hand it over again.</source>
            <translation>Minta ekspor terakhir kios atau cadangannya, lalu serahkan lagi.</translation>
        </message>
        <message>
            <source>Nothing to fix: those records are not counted. Ask why the kiosk was used after closing.</source>
            <translation>Tidak perlu diperbaiki: rekaman itu tidak dihitung. Tanyakan mengapa kios dipakai sesudah tutup.</translation>
        </message>
        <message>
            <source>Treat it as tampering: fetch the booth's backup files and hear the booth.</source>
            <translation>Tangani sebagai kecurangan: ambil berkas cadangan stan dan minta penjelasan stan.</translation>
        </message>
        <message>
            <source>Find out where each photo was taken; set the wrong receipt aside and hand over again.</source>
            <translation>Pastikan tempat setiap foto diambil, singkirkan struk yang salah, lalu serahkan lagi.</translation>
        </message>
        <message>
            <source>Find the photo of this kiosk's opening receipt and add it.</source>
            <translation>Cari foto struk pembukaan kios ini, lalu tambahkan.</translation>
        </message>
        <message>
            <source>Treat it as tampering: the real kiosk's file is judged without this one.</source>
            <translation>Tangani sebagai kecurangan: berkas kios yang asli dinilai tanpa berkas ini.</translation>
        </message>
        <message>
            <source>Neither copy counts until a closing receipt decides: find that receipt.</source>
            <translation>Tidak ada salinan yang dihitung sampai struk penutupan memastikannya: cari struk itu.</translation>
        </message>
        <message>
            <source>Nothing of it counts. Ask the booth for its backup file and hand it over; the jury decides about the intact part.</source>
            <translation>Tidak ada yang dihitung. Minta berkas cadangan stan, lalu serahkan; juri memutuskan bagian yang utuh.</translation>
        </message>
        <message>
            <source>Check the stick: it may hold a file from a rehearsal or another event.</source>
            <translation>Periksa flashdisk: mungkin berisi berkas dari gladi atau acara lain.</translation>
        </message>
        <message>
            <source>Copy the file again from the kiosk or its backup folder.</source>
            <translation>Salin lagi berkas dari kios atau folder cadangannya.</translation>
        </message>
        <message>
            <source>Ignore it, or hand over the right file.</source>
            <translation>Abaikan, atau serahkan berkas yang benar.</translation>
        </message>
        <message>
            <source>Update Gerai on this laptop and hand over again.</source>
            <translation>Perbarui Gerai di laptop ini, lalu serahkan lagi.</translation>
        </message>
        <message>
            <source>Hand over this kiosk's file.</source>
            <translation>Serahkan berkas kios ini.</translation>
        </message>
        <message>
            <source>No booth file in this folder: nothing was taken in.</source>
            <translation>Tidak ada berkas stan di folder ini: tidak ada yang diambil.</translation>
        </message>
        <message>
            <source>The copy stopped (stick pulled out or disk full). Nothing of it was kept: plug it in and try again.</source>
            <translation>Penyalinan terhenti (flashdisk tercabut atau disk penuh). Tidak ada yang disimpan: pasang lagi dan ulangi.</translation>
        </message>
        <message>
            <source>This folder or file does not exist.</source>
            <translation>Folder atau berkas ini tidak ada.</translation>
        </message>
        <message>
            <source>This is not a receipt. Type or scan the whole GERAI-RECEIPT line or its QR code.</source>
            <translation>Ini bukan struk. Ketik atau pindai seluruh baris GERAI-RECEIPT atau kode QR-nya.</translation>
        </message>
        <message>
            <source>No receipt could be read from the photo. Take it again: closer, in focus, no glare.</source>
            <translation>Struk tidak terbaca dari foto. Potret ulang: lebih dekat, tajam, tanpa silau.</translation>
        </message>
        <message>
            <source>The merge stopped; nothing was changed.</source>
            <translation>Penggabungan berhenti; tidak ada yang berubah.</translation>
        </message>
        <message>
            <source>The disk refused to write; nothing stored before was lost.</source>
            <translation>Disk menolak menyimpan; data yang tersimpan sebelumnya tetap utuh.</translation>
        </message>
        <message>
            <source>Something went wrong; see the log.</source>
            <translation>Terjadi kesalahan; lihat log.</translation>
        </message>
        <message>
            <source>Technical note (as the merge wrote it): %1</source>
            <translation>Catatan teknis dari penggabungan (dalam bahasa Inggris): %1</translation>
        </message>
    </context>
</TS>
