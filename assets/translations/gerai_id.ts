<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
    <context>
        <name>AttractScreen</name>
        <message>
            <source>Booth %1 · %2</source>
            <translation>Stan %1 · %2</translation>
        </message>
        <message>
            <source>Touch the screen to start</source>
            <translation>Sentuh layar untuk mulai</translation>
        </message>
    </context>
    <context>
        <name>DetailScreen</name>
        <message>
            <source>‹ All innovations</source>
            <translation>‹ Semua inovasi</translation>
        </message>
    </context>
    <context>
        <name>FeedbackScreen</name>
        <message>
            <source>Your feedback on “%1”</source>
            <translation>Masukan Anda untuk “%1”</translation>
        </message>
        <message>
            <source>Your feedback on this booth</source>
            <translation>Masukan Anda untuk stan ini</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Langkah %1 dari %2</translation>
        </message>
        <message>
            <source>How do you rate it?</source>
            <translation>Bagaimana penilaian Anda?</translation>
        </message>
        <message>
            <source>What fits best? Tap any that apply.</source>
            <translation>Mana yang paling sesuai? Boleh pilih lebih dari satu.</translation>
        </message>
        <message>
            <source>Anything else? (optional)</source>
            <translation>Ada yang ingin disampaikan? (boleh dikosongkan)</translation>
        </message>
        <message>
            <source>Type your comment here</source>
            <translation>Tulis komentar Anda di sini</translation>
        </message>
        <message>
            <source>I agree to be contacted about this feedback. My contact is only for the festival committee.</source>
            <translation>Saya bersedia dihubungi tentang masukan ini. Kontak saya hanya dipakai oleh panitia festival.</translation>
        </message>
        <message>
            <source>Phone number or e-mail</source>
            <translation>Nomor HP/WhatsApp atau surel (e-mail)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Lanjut</translation>
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
            <translation>Terima kasih atas masukan Anda!</translation>
        </message>
        <message>
            <source>It helps this agency improve its services.</source>
            <translation>Masukan Anda membantu instansi ini meningkatkan layanannya.</translation>
        </message>
        <message>
            <source>Back to the innovations</source>
            <translation>Kembali ke inovasi</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Back to home</source>
            <translation>Kembali ke Beranda</translation>
        </message>
    </context>
    <context>
        <name>Gallery</name>
        <message>
            <source>No photos yet</source>
            <translation>Belum ada foto</translation>
        </message>
    </context>
    <context>
        <name>GoodbyeScreen</name>
        <message>
            <source>Thank you for visiting!</source>
            <translation>Terima kasih atas kunjungan Anda!</translation>
        </message>
        <message>
            <source>Enjoy the other booths of the festival.</source>
            <translation>Silakan kunjungi stan lain di festival ini.</translation>
        </message>
        <message>
            <source>Back to start</source>
            <translation>Kembali ke awal</translation>
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
            <translation>Inovasi %1</translation>
        </message>
        <message numerus="yes">
            <source>Choose an innovation to see its story. You have %n vote(s) left.</source>
            <translation>
                <numerusform>Sentuh salah satu inovasi untuk membaca ceritanya. Sisa suara Anda: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give feedback</source>
            <translation>Beri masukan</translation>
        </message>
    </context>
    <context>
        <name>IdleOverlay</name>
        <message>
            <source>Are you still there?</source>
            <translation>Apakah Anda masih di sini?</translation>
        </message>
        <message numerus="yes">
            <source>This visit ends in %n second(s) and anything not sent is cleared.</source>
            <translation>
                <numerusform>Kunjungan ini berakhir dalam %n detik dan isian yang belum dikirim akan dihapus.</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Lanjutkan</translation>
        </message>
    </context>
    <context>
        <name>InnovationText</name>
        <message>
            <source>Since %1</source>
            <translation>Sejak %1</translation>
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
            <translation>Kunjungi juga stan lainnya. Anda berada di stan %1.</translation>
        </message>
        <message>
            <source>You are here</source>
            <translation>Anda di sini</translation>
        </message>
    </context>
    <context>
        <name>QrBlock</name>
        <message>
            <source>Scan for the full story</source>
            <translation>Pindai kode QR untuk membaca cerita lengkap</translation>
        </message>
    </context>
    <context>
        <name>StaffCallScreen</name>
        <message>
            <source>Please call a staff member</source>
            <translation>Mohon panggil petugas stan</translation>
        </message>
        <message>
            <source>Sorry, something needs attention at this kiosk. The booth staff will help you.</source>
            <translation>Maaf, ada kendala pada layar ini. Petugas stan akan membantu Anda.</translation>
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <source>Accessibility</source>
            <translation>Tampilan &amp; Suara</translation>
        </message>
        <message>
            <source>Booth %1 · %2</source>
            <translation>Stan %1 · %2</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Beranda</translation>
        </message>
        <message>
            <source>Festival map</source>
            <translation>Peta festival</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
    </context>
    <context>
        <name>VoteArea</name>
        <message>
            <source>Vote with your ballot card</source>
            <translation>Beri suara dengan kartu Anda</translation>
        </message>
        <message>
            <source>Vote for this innovation</source>
            <translation>Beri suara untuk inovasi ini</translation>
        </message>
        <message numerus="yes">
            <source>You can vote again in %n second(s)</source>
            <translation>
                <numerusform>Anda bisa memberi suara lagi dalam %n detik</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ You voted for this innovation</source>
            <translation>✓ Anda sudah memberi suara untuk inovasi ini</translation>
        </message>
        <message numerus="yes">
            <source>You have used all %n vote(s). Thank you!</source>
            <translation>
                <numerusform>Anda sudah memakai semua %n suara. Terima kasih!</numerusform>
            </translation>
        </message>
        <message>
            <source>Take a moment to read. The vote button appears shortly.</source>
            <translation>Silakan baca dulu. Tombol Beri suara akan segera muncul.</translation>
        </message>
        <message>
            <source>Give feedback</source>
            <translation>Beri masukan</translation>
        </message>
        <message>
            <source>Please wait a moment before voting again.</source>
            <translation>Mohon tunggu sebentar sebelum memberi suara lagi.</translation>
        </message>
        <message>
            <source>You already voted for this innovation.</source>
            <translation>Anda sudah memberi suara untuk inovasi ini.</translation>
        </message>
        <message>
            <source>You have no votes left in this visit.</source>
            <translation>Suara Anda untuk kunjungan ini sudah habis.</translation>
        </message>
        <message>
            <source>Please take a little longer to read first.</source>
            <translation>Silakan baca sedikit lebih lama sebelum memberi suara.</translation>
        </message>
        <message>
            <source>A vote is not possible right now.</source>
            <translation>Saat ini belum bisa memberi suara.</translation>
        </message>
    </context>
    <context>
        <name>VoteThanksScreen</name>
        <message>
            <source>Ballot card %1 accepted.</source>
            <translation>Kartu suara %1 diterima.</translation>
        </message>
        <message>
            <source>Thank you! Your vote is counted.</source>
            <translation>Terima kasih! Suara Anda tercatat.</translation>
        </message>
        <message>
            <source>You voted for “%1”.</source>
            <translation>Anda memberi suara untuk “%1”.</translation>
        </message>
        <message numerus="yes">
            <source>You have %n vote(s) left for other innovations.</source>
            <translation>
                <numerusform>Sisa suara Anda untuk inovasi lain: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>You have used all your votes. Thank you for taking part!</source>
            <translation>Semua suara Anda sudah terpakai. Terima kasih atas partisipasi Anda!</translation>
        </message>
        <message>
            <source>Give feedback</source>
            <translation>Beri masukan</translation>
        </message>
        <message>
            <source>See other innovations</source>
            <translation>Lihat inovasi lain</translation>
        </message>
    </context>
    <context>
        <name>A11yPanel</name>
        <message>
            <source>Accessibility</source>
            <translation>Tampilan &amp; Suara</translation>
        </message>
        <message>
            <source>Large text</source>
            <translation>Teks besar</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Kontras tinggi</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>Kurangi animasi</translation>
        </message>
        <message>
            <source>Read this screen aloud</source>
            <translation>Bacakan isi layar</translation>
        </message>
        <message>
            <source>Read-aloud is not available</source>
            <translation>Bacakan layar tidak tersedia</translation>
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
            <translation>Anda dapat memberi suara untuk inovasi ini: tekan tombol Beri suara untuk inovasi ini.</translation>
        </message>
        <message>
            <source>You have voted for this innovation.</source>
            <translation>Anda sudah memberi suara untuk inovasi ini.</translation>
        </message>
        <message>
            <source>Buttons: %1.</source>
            <translation>Tombol: %1.</translation>
        </message>
        <message>
            <source>Thank you for your vote.</source>
            <translation>Terima kasih atas suara Anda.</translation>
        </message>
        <message>
            <source>Touch the screen to start.</source>
            <translation>Sentuh layar untuk mulai.</translation>
        </message>
        <message>
            <source>Choose an innovation to read about it and vote. Buttons: Festival map, Done.</source>
            <translation>Sentuh salah satu inovasi untuk membaca ceritanya dan memberi suara. Tombol: Peta festival, Selesai.</translation>
        </message>
        <message>
            <source>Tell us what you think: choose a face, then press Next.</source>
            <translation>Sampaikan pendapat Anda: pilih salah satu wajah, lalu tekan Lanjut.</translation>
        </message>
        <message>
            <source>Thank you for your feedback.</source>
            <translation>Terima kasih atas masukan Anda.</translation>
        </message>
        <message>
            <source>Thank you for visiting.</source>
            <translation>Terima kasih sudah berkunjung.</translation>
        </message>
        <message>
            <source>The festival map: every booth and where you are.</source>
            <translation>Peta festival: semua stan dan posisi Anda.</translation>
        </message>
        <message>
            <source>Please call a member of staff.</source>
            <translation>Mohon panggil petugas stan.</translation>
        </message>
        <message>
            <source>The public satisfaction survey: choose an answer, then press Next.</source>
            <translation>Survei Kepuasan Masyarakat: pilih satu jawaban, lalu tekan Lanjut.</translation>
        </message>
        <message>
            <source>Thank you for filling in the survey.</source>
            <translation>Terima kasih telah mengisi survei.</translation>
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
            <translation>Tulis saran Anda di sini</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Lewati</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Lanjut</translation>
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
            <translation>Terima kasih telah mengisi survei!</translation>
        </message>
        <message>
            <source>Your answers help this agency improve its public services.</source>
            <translation>Jawaban Anda membantu instansi ini memperbaiki pelayanan publiknya.</translation>
        </message>
        <message>
            <source>Back to the innovations</source>
            <translation>Kembali ke inovasi</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
    </context>
    <context>
        <name>A11yButton</name>
        <message>
            <source>Accessibility</source>
            <translation>Tampilan &amp; Suara</translation>
        </message>
    </context>
    <context>
        <name>CommentBox</name>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%1 dari %2 karakter</translation>
        </message>
        <message>
            <source>Emoji cannot be used here, so it was left out.</source>
            <translation>Emoji tidak dapat digunakan di sini sehingga tidak dimasukkan.</translation>
        </message>
    </context>
    <context>
        <name>CardPrompt</name>
        <message>
            <source>Show your ballot card</source>
            <translation>Tunjukkan kartu suara Anda</translation>
        </message>
        <message>
            <source>Hold the QR code on your card under the scanner.</source>
            <translation>Dekatkan kode QR pada kartu Anda ke pemindai.</translation>
        </message>
        <message>
            <source>This card belongs to another festival. Ballot cards for this festival are given out at the entrance.</source>
            <translation>Kartu ini untuk festival lain. Kartu suara festival ini dibagikan di pintu masuk.</translation>
        </message>
        <message>
            <source>This card cannot be used. Please ask the festival organizers for help.</source>
            <translation>Kartu ini tidak dapat dipakai. Silakan minta bantuan panitia festival.</translation>
        </message>
        <message>
            <source>This card&apos;s batch was withdrawn by the organizers. Please ask at the festival information desk for a new card.</source>
            <translation>Kartu ini sudah ditarik oleh panitia. Silakan minta kartu baru di meja informasi festival.</translation>
        </message>
        <message>
            <source>All votes on this card have been used. Thank you for taking part!</source>
            <translation>Semua suara pada kartu ini sudah terpakai. Terima kasih atas partisipasi Anda!</translation>
        </message>
        <message>
            <source>This code is not a ballot card. Please scan the QR code on your ballot card.</source>
            <translation>Kode ini bukan kartu suara. Pindai kode QR pada kartu suara Anda.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>Tidak baik</source>
            <translation>Tidak baik</translation>
        </message>
        <message>
            <source>Kurang baik</source>
            <translation>Kurang baik</translation>
        </message>
        <message>
            <source>Baik</source>
            <translation>Baik</translation>
        </message>
        <message>
            <source>Sangat baik</source>
            <translation>Sangat baik</translation>
        </message>
        <message>
            <source>Bermanfaat</source>
            <translation>Bermanfaat</translation>
        </message>
        <message>
            <source>Mudah dipahami</source>
            <translation>Mudah dipahami</translation>
        </message>
        <message>
            <source>Kreatif</source>
            <translation>Kreatif</translation>
        </message>
        <message>
            <source>Ingin mencobanya</source>
            <translation>Ingin mencobanya</translation>
        </message>
        <message>
            <source>Perlu ditingkatkan</source>
            <translation>Perlu ditingkatkan</translation>
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
            <translation>Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?</translation>
        </message>
        <message>
            <source>Tidak sesuai</source>
            <translation>Tidak sesuai</translation>
        </message>
        <message>
            <source>Kurang sesuai</source>
            <translation>Kurang sesuai</translation>
        </message>
        <message>
            <source>Sesuai</source>
            <translation>Sesuai</translation>
        </message>
        <message>
            <source>Sangat sesuai</source>
            <translation>Sangat sesuai</translation>
        </message>
        <message>
            <source>Sistem, mekanisme, dan prosedur</source>
            <translation>Sistem, mekanisme, dan prosedur</translation>
        </message>
        <message>
            <source>Bagaimana pemahaman Anda tentang kemudahan prosedur pelayanan di unit ini?</source>
            <translation>Bagaimana pemahaman Anda tentang kemudahan prosedur pelayanan di unit ini?</translation>
        </message>
        <message>
            <source>Tidak mudah</source>
            <translation>Tidak mudah</translation>
        </message>
        <message>
            <source>Kurang mudah</source>
            <translation>Kurang mudah</translation>
        </message>
        <message>
            <source>Mudah</source>
            <translation>Mudah</translation>
        </message>
        <message>
            <source>Sangat mudah</source>
            <translation>Sangat mudah</translation>
        </message>
        <message>
            <source>Waktu penyelesaian</source>
            <translation>Waktu penyelesaian</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang kecepatan waktu dalam memberikan pelayanan?</source>
            <translation>Bagaimana pendapat Anda tentang kecepatan waktu dalam memberikan pelayanan?</translation>
        </message>
        <message>
            <source>Tidak cepat</source>
            <translation>Tidak cepat</translation>
        </message>
        <message>
            <source>Kurang cepat</source>
            <translation>Kurang cepat</translation>
        </message>
        <message>
            <source>Cepat</source>
            <translation>Cepat</translation>
        </message>
        <message>
            <source>Sangat cepat</source>
            <translation>Sangat cepat</translation>
        </message>
        <message>
            <source>Biaya/tarif</source>
            <translation>Biaya/tarif</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang kewajaran biaya/tarif dalam pelayanan?</source>
            <translation>Bagaimana pendapat Anda tentang kewajaran biaya/tarif dalam pelayanan?</translation>
        </message>
        <message>
            <source>Sangat mahal</source>
            <translation>Sangat mahal</translation>
        </message>
        <message>
            <source>Cukup mahal</source>
            <translation>Cukup mahal</translation>
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
            <translation>Produk spesifikasi jenis pelayanan</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?</source>
            <translation>Bagaimana pendapat Anda tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?</translation>
        </message>
        <message>
            <source>Kompetensi pelaksana</source>
            <translation>Kompetensi pelaksana</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang kompetensi/kemampuan petugas dalam pelayanan?</source>
            <translation>Bagaimana pendapat Anda tentang kompetensi/kemampuan petugas dalam pelayanan?</translation>
        </message>
        <message>
            <source>Tidak kompeten</source>
            <translation>Tidak kompeten</translation>
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
            <translation>Sangat kompeten</translation>
        </message>
        <message>
            <source>Perilaku pelaksana</source>
            <translation>Perilaku pelaksana</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?</source>
            <translation>Bagaimana pendapat Anda tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?</translation>
        </message>
        <message>
            <source>Tidak sopan dan ramah</source>
            <translation>Tidak sopan dan ramah</translation>
        </message>
        <message>
            <source>Kurang sopan dan ramah</source>
            <translation>Kurang sopan dan ramah</translation>
        </message>
        <message>
            <source>Sopan dan ramah</source>
            <translation>Sopan dan ramah</translation>
        </message>
        <message>
            <source>Sangat sopan dan ramah</source>
            <translation>Sangat sopan dan ramah</translation>
        </message>
        <message>
            <source>Sarana dan prasarana</source>
            <translation>Sarana dan prasarana</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang kualitas sarana dan prasarana?</source>
            <translation>Bagaimana pendapat Anda tentang kualitas sarana dan prasarana?</translation>
        </message>
        <message>
            <source>Buruk</source>
            <translation>Buruk</translation>
        </message>
        <message>
            <source>Cukup</source>
            <translation>Cukup</translation>
        </message>
        <message>
            <source>Baik</source>
            <translation>Baik</translation>
        </message>
        <message>
            <source>Sangat baik</source>
            <translation>Sangat baik</translation>
        </message>
        <message>
            <source>Penanganan pengaduan, saran dan masukan</source>
            <translation>Penanganan pengaduan, saran dan masukan</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang penanganan pengaduan pengguna layanan?</source>
            <translation>Bagaimana pendapat Anda tentang penanganan pengaduan pengguna layanan?</translation>
        </message>
        <message>
            <source>Tidak ada</source>
            <translation>Tidak ada</translation>
        </message>
        <message>
            <source>Ada tetapi tidak berfungsi</source>
            <translation>Ada tetapi tidak berfungsi</translation>
        </message>
        <message>
            <source>Berfungsi kurang maksimal</source>
            <translation>Berfungsi kurang maksimal</translation>
        </message>
        <message>
            <source>Dikelola dengan baik</source>
            <translation>Dikelola dengan baik</translation>
        </message>
        <message>
            <source>Laki-laki</source>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <source>Perempuan</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <source>Di bawah 20 tahun</source>
            <translation>Di bawah 20 tahun</translation>
        </message>
        <message>
            <source>20–29 tahun</source>
            <translation>20–29 tahun</translation>
        </message>
        <message>
            <source>30–39 tahun</source>
            <translation>30–39 tahun</translation>
        </message>
        <message>
            <source>40–49 tahun</source>
            <translation>40–49 tahun</translation>
        </message>
        <message>
            <source>50 tahun ke atas</source>
            <translation>50 tahun ke atas</translation>
        </message>
        <message>
            <source>SD ke bawah</source>
            <translation>SD ke bawah</translation>
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
            <translation>S2 ke atas</translation>
        </message>
        <message>
            <source>PNS/TNI/Polri</source>
            <translation>PNS/TNI/Polri</translation>
        </message>
        <message>
            <source>Pegawai swasta</source>
            <translation>Pegawai swasta</translation>
        </message>
        <message>
            <source>Wirausaha</source>
            <translation>Wirausaha</translation>
        </message>
        <message>
            <source>Pelajar/Mahasiswa</source>
            <translation>Pelajar/Mahasiswa</translation>
        </message>
        <message>
            <source>Lainnya</source>
            <translation>Lainnya</translation>
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
            <translation>Lingkungan Hidup</translation>
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
            <translation>Pertanian</translation>
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
            <translation>Layanan apa dari instansi ini yang pernah Anda gunakan?</translation>
        </message>
        <message>
            <source>About you (optional)</source>
            <translation>Tentang Anda (boleh dilewati)</translation>
        </message>
        <message>
            <source>Your suggestion (optional)</source>
            <translation>Saran Anda (boleh dikosongkan)</translation>
        </message>
        <message>
            <source>Choose the service</source>
            <translation>Pilih layanan</translation>
        </message>
        <message>
            <source>Element %1 of %2</source>
            <translation>Pertanyaan %1 dari %2</translation>
        </message>
        <message>
            <source>About you</source>
            <translation>Tentang Anda</translation>
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
            <translation>Usia</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Pendidikan terakhir</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Pekerjaan</translation>
        </message>
        <message>
            <source>Prefer not to say</source>
            <translation>Tidak ingin menjawab</translation>
        </message>
        <message>
            <source>Answer at least one element before sending.</source>
            <translation>Jawab setidaknya satu pertanyaan sebelum mengirim.</translation>
        </message>
    </context>
</TS>
