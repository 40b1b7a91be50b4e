<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AttractScreen</name>
        <message>
            <source>Booth %1 · %2</source>
            <translation>Booth %1 · %2</translation>
        </message>
        <message>
            <source>Touch the screen to start</source>
            <translation>Touch the screen to start</translation>
        </message>
    </context>
    <context>
        <name>DetailScreen</name>
        <message>
            <source>‹ All innovations</source>
            <translation>‹ All innovations</translation>
        </message>
    </context>
    <context>
        <name>FeedbackScreen</name>
        <message>
            <source>Your feedback on “%1”</source>
            <translation>Your feedback on “%1”</translation>
        </message>
        <message>
            <source>Your feedback on this booth</source>
            <translation>Your feedback on this booth</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Step %1 of %2</translation>
        </message>
        <message>
            <source>How do you rate it?</source>
            <translation>How do you rate it?</translation>
        </message>
        <message>
            <source>What fits best? Tap any that apply.</source>
            <translation>What fits best? Tap any that apply.</translation>
        </message>
        <message>
            <source>Anything else? (optional)</source>
            <translation>Anything else? (optional)</translation>
        </message>
        <message>
            <source>Type your comment here</source>
            <translation>Type your comment here</translation>
        </message>
        <message>
            <source>I agree to be contacted about this feedback. My contact is only for the festival committee.</source>
            <translation>I agree to be contacted about this feedback. My contact is only for the festival committee.</translation>
        </message>
        <message>
            <source>Phone number or e-mail</source>
            <translation>Mobile/WhatsApp number or e-mail</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Send</translation>
        </message>
    </context>
    <context>
        <name>FeedbackThanksScreen</name>
        <message>
            <source>Thank you for your feedback!</source>
            <translation>Thank you for your feedback!</translation>
        </message>
        <message>
            <source>It helps this agency improve its services.</source>
            <translation>It helps this agency improve its services.</translation>
        </message>
        <message>
            <source>Back to the innovations</source>
            <translation>Back to the innovations</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Back to home</source>
            <translation>Back to home</translation>
        </message>
    </context>
    <context>
        <name>Gallery</name>
        <message>
            <source>No photos yet</source>
            <translation>No photos yet</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Play</translation>
        </message>
        <message>
            <source>Sound on</source>
            <translation>Sound on</translation>
        </message>
        <message>
            <source>Sound off</source>
            <translation>Sound off</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
    </context>
    <context>
        <name>GoodbyeScreen</name>
        <message>
            <source>Thank you for visiting!</source>
            <translation>Thank you for visiting!</translation>
        </message>
        <message>
            <source>Enjoy the other booths of the festival.</source>
            <translation>Please visit the other booths of the festival.</translation>
        </message>
        <message>
            <source>Back to start</source>
            <translation>Back to start</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Service satisfaction survey</source>
            <translation>Fill in the public satisfaction survey</translation>
        </message>
        <message>
            <source>Innovations of %1</source>
            <translation>Innovations of %1</translation>
        </message>
        <message numerus="yes">
            <source>Choose an innovation to see its story. You have %n vote(s) left.</source>
            <translation>
                <numerusform>Touch an innovation to read its story. You have %n vote left.</numerusform>
                <numerusform>Touch an innovation to read its story. You have %n votes left.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give feedback</source>
            <translation>Give feedback</translation>
        </message>
        <message>
            <source>✓ You voted</source>
            <translation>✓ You voted</translation>
        </message>
        <message>
            <source>More innovations ↓</source>
            <translation>More innovations ↓</translation>
        </message>
    </context>
    <context>
        <name>IdleOverlay</name>
        <message>
            <source>Are you still there?</source>
            <translation>Are you still there?</translation>
        </message>
        <message numerus="yes">
            <source>This visit ends in %n second(s) and anything not sent is cleared.</source>
            <translation>
                <numerusform>This visit ends in %n second and anything not sent is cleared.</numerusform>
                <numerusform>This visit ends in %n seconds and anything not sent is cleared.</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
    </context>
    <context>
        <name>InnovationText</name>
        <message>
            <source>Since %1</source>
            <translation>Since %1</translation>
        </message>
        <message>
            <source>Contact: %1</source>
            <translation>Contact: %1</translation>
        </message>
    </context>
    <context>
        <name>MapScreen</name>
        <message>
            <source>Festival map</source>
            <translation>Festival map</translation>
        </message>
        <message>
            <source>Visit the other booths too. You are at booth %1.</source>
            <translation>Visit the other booths too. You are at booth %1.</translation>
        </message>
        <message>
            <source>You are here</source>
            <translation>You are here</translation>
        </message>
        <message>
            <source>Touch a booth to see its innovations.</source>
            <translation>Touch a booth to see its innovations.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Entrance</source>
            <translation>Entrance</translation>
        </message>
        <message>
            <source>North</source>
            <translation>North</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Booth %1 · %2</source>
            <translation>Booth %1 · %2</translation>
        </message>
        <message>
            <source>Innovations at this booth</source>
            <translation>Innovations at this booth</translation>
        </message>
        <message>
            <source>Visit booth %1 to read their stories and vote.</source>
            <translation>Visit booth %1 to read the stories and vote.</translation>
        </message>
        <message>
            <source>No innovations of this booth are listed here.</source>
            <translation>No innovations of this booth are listed here.</translation>
        </message>
        <message>
            <source>Visit booth %1 to see what they show.</source>
            <translation>Visit booth %1 to see what they show.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>QrBlock</name>
        <message>
            <source>Scan for the full story</source>
            <translation>Scan the QR code to read the full story</translation>
        </message>
    </context>
    <context>
        <name>StaffCallScreen</name>
        <message>
            <source>Please call a staff member</source>
            <translation>Please call a staff member</translation>
        </message>
        <message>
            <source>Sorry, something needs attention at this kiosk. The booth staff will help you.</source>
            <translation>Sorry, something needs attention at this screen. The booth staff will help you.</translation>
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <source>Booth %1 · %2</source>
            <translation>Booth %1 · %2</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Festival map</source>
            <translation>Festival map</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Accessibility</translation>
        </message>
    </context>
    <context>
        <name>VoteArea</name>
        <message>
            <source>Vote with your ballot card</source>
            <translation>Vote with your ballot card</translation>
        </message>
        <message>
            <source>Vote for this innovation</source>
            <translation>Vote for this innovation</translation>
        </message>
        <message numerus="yes">
            <source>You can vote again in %n second(s)</source>
            <translation>
                <numerusform>You can vote again in %n second</numerusform>
                <numerusform>You can vote again in %n seconds</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ You voted for this innovation</source>
            <translation>✓ You voted for this innovation</translation>
        </message>
        <message numerus="yes">
            <source>You have used all %n vote(s). Thank you!</source>
            <translation>
                <numerusform>You have used your %n vote. Thank you!</numerusform>
                <numerusform>You have used all %n votes. Thank you!</numerusform>
            </translation>
        </message>
        <message>
            <source>Take a moment to read. The vote button appears shortly.</source>
            <translation>Take a moment to read. The vote button appears shortly.</translation>
        </message>
        <message>
            <source>Give feedback</source>
            <translation>Give feedback</translation>
        </message>
        <message>
            <source>Please wait a moment before voting again.</source>
            <translation>Please wait a moment before voting again.</translation>
        </message>
        <message>
            <source>You already voted for this innovation.</source>
            <translation>You already voted for this innovation.</translation>
        </message>
        <message>
            <source>You have no votes left in this visit.</source>
            <translation>You have no votes left in this visit.</translation>
        </message>
        <message>
            <source>Please take a little longer to read first.</source>
            <translation>Please take a little longer to read first.</translation>
        </message>
        <message>
            <source>A vote is not possible right now.</source>
            <translation>A vote is not possible right now.</translation>
        </message>
    </context>
    <context>
        <name>VoteThanksScreen</name>
        <message>
            <source>Ballot card %1 accepted.</source>
            <translation>Ballot card %1 accepted.</translation>
        </message>
        <message>
            <source>Thank you! Your vote is counted.</source>
            <translation>Thank you! Your vote is counted.</translation>
        </message>
        <message>
            <source>You voted for “%1”.</source>
            <translation>You voted for “%1”.</translation>
        </message>
        <message numerus="yes">
            <source>You have %n vote(s) left for other innovations.</source>
            <translation>
                <numerusform>You have %n vote left for other innovations.</numerusform>
                <numerusform>You have %n votes left for other innovations.</numerusform>
            </translation>
        </message>
        <message>
            <source>You have used all your votes. Thank you for taking part!</source>
            <translation>You have used all your votes. Thank you for taking part!</translation>
        </message>
        <message>
            <source>Give feedback</source>
            <translation>Give feedback</translation>
        </message>
        <message>
            <source>See other innovations</source>
            <translation>See other innovations</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>You can vote for this innovation: press Vote.</source>
            <translation>You can vote for this innovation: press Vote for this innovation.</translation>
        </message>
        <message>
            <source>You have voted for this innovation.</source>
            <translation>You have voted for this innovation.</translation>
        </message>
        <message>
            <source>Buttons: %1.</source>
            <translation>Buttons: %1.</translation>
        </message>
        <message>
            <source>Thank you for your vote.</source>
            <translation>Thank you for your vote.</translation>
        </message>
        <message>
            <source>Touch the screen to start.</source>
            <translation>Touch the screen to start.</translation>
        </message>
        <message>
            <source>Choose an innovation to read about it and vote. Buttons: Festival map, Done.</source>
            <translation>Touch an innovation to read its story and vote. Buttons: Festival map, Done.</translation>
        </message>
        <message>
            <source>Tell us what you think: choose a face, then press Next.</source>
            <translation>Tell us what you think: choose a face, then press Next.</translation>
        </message>
        <message>
            <source>Thank you for your feedback.</source>
            <translation>Thank you for your feedback.</translation>
        </message>
        <message>
            <source>Thank you for visiting.</source>
            <translation>Thank you for visiting.</translation>
        </message>
        <message>
            <source>The festival map: every booth and where you are.</source>
            <translation>The festival map: every booth and where you are.</translation>
        </message>
        <message>
            <source>Please call a member of staff.</source>
            <translation>Please call a member of staff.</translation>
        </message>
        <message>
            <source>The public satisfaction survey: choose an answer, then press Next.</source>
            <translation>The public satisfaction survey: choose an answer, then press Next.</translation>
        </message>
        <message>
            <source>Thank you for filling in the survey.</source>
            <translation>Thank you for filling in the survey.</translation>
        </message>
    </context>
    <context>
        <name>SurveyScreen</name>
        <message>
            <source>Service satisfaction survey</source>
            <translation>Public Satisfaction Survey (SKM)</translation>
        </message>
        <message>
            <source>Type your suggestion here</source>
            <translation>Type your suggestion here</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Send</translation>
        </message>
    </context>
    <context>
        <name>SurveyThanksScreen</name>
        <message>
            <source>Thank you for filling in the survey!</source>
            <translation>Thank you for filling in the survey!</translation>
        </message>
        <message>
            <source>Your answers help this agency improve its public services.</source>
            <translation>Your answers help this agency improve its public services.</translation>
        </message>
        <message>
            <source>Back to the innovations</source>
            <translation>Back to the innovations</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>CommentBox</name>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%1 of %2 characters</translation>
        </message>
        <message>
            <source>Emoji cannot be used here, so it was left out.</source>
            <translation>Emoji cannot be used here, so it was left out.</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>Tidak baik</source>
            <translation>Poor</translation>
        </message>
        <message>
            <source>Kurang baik</source>
            <translation>Fair</translation>
        </message>
        <message>
            <source>Baik</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Sangat baik</source>
            <translation>Very good</translation>
        </message>
        <message>
            <source>Bermanfaat</source>
            <translation>Useful</translation>
        </message>
        <message>
            <source>Mudah dipahami</source>
            <translation>Easy to understand</translation>
        </message>
        <message>
            <source>Kreatif</source>
            <translation>Creative</translation>
        </message>
        <message>
            <source>Ingin mencobanya</source>
            <translation>I want to try it</translation>
        </message>
        <message>
            <source>Perlu ditingkatkan</source>
            <translation>Needs improvement</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>Persyaratan</source>
            <translation>Requirements</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?</source>
            <translation>How well do the service requirements fit the type of service?</translation>
        </message>
        <message>
            <source>Tidak sesuai</source>
            <translation>Not suitable</translation>
        </message>
        <message>
            <source>Kurang sesuai</source>
            <translation>Somewhat unsuitable</translation>
        </message>
        <message>
            <source>Sesuai</source>
            <translation>Suitable</translation>
        </message>
        <message>
            <source>Sangat sesuai</source>
            <translation>Very suitable</translation>
        </message>
        <message>
            <source>Sistem, mekanisme, dan prosedur</source>
            <translation>System, mechanism and procedure</translation>
        </message>
        <message>
            <source>Bagaimana pemahaman Anda tentang kemudahan prosedur pelayanan di unit ini?</source>
            <translation>How easy is the service procedure at this unit?</translation>
        </message>
        <message>
            <source>Tidak mudah</source>
            <translation>Not easy</translation>
        </message>
        <message>
            <source>Kurang mudah</source>
            <translation>Somewhat difficult</translation>
        </message>
        <message>
            <source>Mudah</source>
            <translation>Easy</translation>
        </message>
        <message>
            <source>Sangat mudah</source>
            <translation>Very easy</translation>
        </message>
        <message>
            <source>Waktu penyelesaian</source>
            <translation>Completion time</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang kecepatan waktu dalam memberikan pelayanan?</source>
            <translation>How fast is the service delivered?</translation>
        </message>
        <message>
            <source>Tidak cepat</source>
            <translation>Not fast</translation>
        </message>
        <message>
            <source>Kurang cepat</source>
            <translation>Somewhat slow</translation>
        </message>
        <message>
            <source>Cepat</source>
            <translation>Fast</translation>
        </message>
        <message>
            <source>Sangat cepat</source>
            <translation>Very fast</translation>
        </message>
        <message>
            <source>Biaya/tarif</source>
            <translation>Cost/fee</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang kewajaran biaya/tarif dalam pelayanan?</source>
            <translation>How fair is the cost or fee of the service?</translation>
        </message>
        <message>
            <source>Sangat mahal</source>
            <translation>Very expensive</translation>
        </message>
        <message>
            <source>Cukup mahal</source>
            <translation>Fairly expensive</translation>
        </message>
        <message>
            <source>Murah</source>
            <translation>Cheap</translation>
        </message>
        <message>
            <source>Gratis</source>
            <translation>Free</translation>
        </message>
        <message>
            <source>Produk spesifikasi jenis pelayanan</source>
            <translation>Service product specification</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?</source>
            <translation>How well does the service result match what the service standard promises?</translation>
        </message>
        <message>
            <source>Kompetensi pelaksana</source>
            <translation>Staff competence</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang kompetensi/kemampuan petugas dalam pelayanan?</source>
            <translation>How competent are the staff who served you?</translation>
        </message>
        <message>
            <source>Tidak kompeten</source>
            <translation>Not competent</translation>
        </message>
        <message>
            <source>Kurang kompeten</source>
            <translation>Somewhat incompetent</translation>
        </message>
        <message>
            <source>Kompeten</source>
            <translation>Competent</translation>
        </message>
        <message>
            <source>Sangat kompeten</source>
            <translation>Very competent</translation>
        </message>
        <message>
            <source>Perilaku pelaksana</source>
            <translation>Staff conduct</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?</source>
            <translation>How polite and friendly were the staff?</translation>
        </message>
        <message>
            <source>Tidak sopan dan ramah</source>
            <translation>Not polite or friendly</translation>
        </message>
        <message>
            <source>Kurang sopan dan ramah</source>
            <translation>Not very polite or friendly</translation>
        </message>
        <message>
            <source>Sopan dan ramah</source>
            <translation>Polite and friendly</translation>
        </message>
        <message>
            <source>Sangat sopan dan ramah</source>
            <translation>Very polite and friendly</translation>
        </message>
        <message>
            <source>Sarana dan prasarana</source>
            <translation>Facilities and infrastructure</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang kualitas sarana dan prasarana?</source>
            <translation>How good are the facilities and infrastructure?</translation>
        </message>
        <message>
            <source>Buruk</source>
            <translation>Poor</translation>
        </message>
        <message>
            <source>Cukup</source>
            <translation>Adequate</translation>
        </message>
        <message>
            <source>Baik</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Sangat baik</source>
            <translation>Very good</translation>
        </message>
        <message>
            <source>Penanganan pengaduan, saran dan masukan</source>
            <translation>Handling of complaints and suggestions</translation>
        </message>
        <message>
            <source>Bagaimana pendapat Anda tentang penanganan pengaduan pengguna layanan?</source>
            <translation>How are complaints from service users handled?</translation>
        </message>
        <message>
            <source>Tidak ada</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Ada tetapi tidak berfungsi</source>
            <translation>Available but not working</translation>
        </message>
        <message>
            <source>Berfungsi kurang maksimal</source>
            <translation>Working, but not fully</translation>
        </message>
        <message>
            <source>Dikelola dengan baik</source>
            <translation>Well managed</translation>
        </message>
        <message>
            <source>Laki-laki</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Perempuan</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Di bawah 20 tahun</source>
            <translation>Under 20</translation>
        </message>
        <message>
            <source>20–29 tahun</source>
            <translation>20–29</translation>
        </message>
        <message>
            <source>30–39 tahun</source>
            <translation>30–39</translation>
        </message>
        <message>
            <source>40–49 tahun</source>
            <translation>40–49</translation>
        </message>
        <message>
            <source>50 tahun ke atas</source>
            <translation>50 and over</translation>
        </message>
        <message>
            <source>SD ke bawah</source>
            <translation>Primary or less</translation>
        </message>
        <message>
            <source>SMP</source>
            <translation>Junior secondary</translation>
        </message>
        <message>
            <source>SMA/SMK</source>
            <translation>Senior secondary</translation>
        </message>
        <message>
            <source>Diploma (D1–D4)</source>
            <translation>Diploma</translation>
        </message>
        <message>
            <source>S1</source>
            <translation>Bachelor</translation>
        </message>
        <message>
            <source>S2 ke atas</source>
            <translation>Master or higher</translation>
        </message>
        <message>
            <source>PNS</source>
            <translation>Civil servant (PNS)</translation>
        </message>
        <message>
            <source>TNI</source>
            <translation>Military (TNI)</translation>
        </message>
        <message>
            <source>Polri</source>
            <translation>Police (Polri)</translation>
        </message>
        <message>
            <source>Pegawai swasta</source>
            <translation>Private employee</translation>
        </message>
        <message>
            <source>Wirausaha</source>
            <translation>Self-employed</translation>
        </message>
        <message>
            <source>Pelajar/Mahasiswa</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>Lainnya</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>Category</name>
        <message>
            <source>Administrasi Kependudukan</source>
            <translation>Population registration</translation>
        </message>
        <message>
            <source>Ekonomi</source>
            <translation>Economy</translation>
        </message>
        <message>
            <source>Infrastruktur</source>
            <translation>Infrastructure</translation>
        </message>
        <message>
            <source>Kebencanaan</source>
            <translation>Disaster management</translation>
        </message>
        <message>
            <source>Kesehatan</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Layanan Publik</source>
            <translation>Public services</translation>
        </message>
        <message>
            <source>Lingkungan Hidup</source>
            <translation>Environment</translation>
        </message>
        <message>
            <source>Pariwisata</source>
            <translation>Tourism</translation>
        </message>
        <message>
            <source>Pendidikan</source>
            <translation>Education</translation>
        </message>
        <message>
            <source>Perlindungan Sosial</source>
            <translation>Social protection</translation>
        </message>
        <message>
            <source>Pertanian</source>
            <translation>Agriculture</translation>
        </message>
        <message>
            <source>Tata Kelola Pemerintahan</source>
            <translation>Good governance</translation>
        </message>
        <message>
            <source>Tata Ruang</source>
            <translation>Spatial planning</translation>
        </message>
        <message>
            <source>Transformasi Digital</source>
            <translation>Digital transformation</translation>
        </message>
    </context>
    <context>
        <name>SurveyForm</name>
        <message>
            <source>Which service did you use?</source>
            <translation>Which service of this agency have you used?</translation>
        </message>
        <message>
            <source>About you (optional)</source>
            <translation>About you (optional)</translation>
        </message>
        <message>
            <source>Your suggestion (optional)</source>
            <translation>Your suggestion (optional)</translation>
        </message>
        <message>
            <source>Choose the service</source>
            <translation>Choose the service</translation>
        </message>
        <message>
            <source>Element %1 of %2</source>
            <translation>Question %1 of %2</translation>
        </message>
        <message>
            <source>About you</source>
            <translation>About you</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Education</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <source>Prefer not to say</source>
            <translation>Prefer not to say</translation>
        </message>
        <message>
            <source>Answer at least one element before sending.</source>
            <translation>Answer at least one question before sending.</translation>
        </message>
    </context>
    <context>
        <name>A11yButton</name>
        <message>
            <source>Accessibility</source>
            <translation>Accessibility</translation>
        </message>
    </context>
    <context>
        <name>A11yPanel</name>
        <message>
            <source>Accessibility</source>
            <translation>Accessibility</translation>
        </message>
        <message>
            <source>Large text</source>
            <translation>Large text</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>Reduce motion</translation>
        </message>
        <message>
            <source>Read this screen aloud</source>
            <translation>Read this screen aloud</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Read-aloud is not available</source>
            <translation>Read-aloud is not available</translation>
        </message>
    </context>
    <context>
        <name>CardPrompt</name>
        <message>
            <source>Show your ballot card</source>
            <translation>Show your ballot card</translation>
        </message>
        <message>
            <source>Hold the QR code on your card under the scanner.</source>
            <translation>Hold the QR code on your card under the scanner.</translation>
        </message>
        <message>
            <source>This card belongs to another festival. Ballot cards for this festival are given out at the entrance.</source>
            <translation>This card belongs to another festival. Ballot cards for this festival are given out at the entrance.</translation>
        </message>
        <message>
            <source>This card cannot be used. Please ask the festival organizers for help.</source>
            <translation>This card cannot be used. Please ask the festival organizers for help.</translation>
        </message>
        <message>
            <source>This card&apos;s batch was withdrawn by the organizers. Please ask at the festival information desk for a new card.</source>
            <translation>This card&apos;s batch was withdrawn by the organizers. Please ask at the festival information desk for a new card.</translation>
        </message>
        <message>
            <source>All votes on this card have been used. Thank you for taking part!</source>
            <translation>All votes on this card have been used. Thank you for taking part!</translation>
        </message>
        <message>
            <source>This code is not a ballot card. Please scan the QR code on your ballot card.</source>
            <translation>This code is not a ballot card. Please scan the QR code on your ballot card.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Your answers have not been sent. Leave?</source>
            <translation>Your answers have not been sent. Leave?</translation>
        </message>
        <message>
            <source>Keep answering</source>
            <translation>Keep answering</translation>
        </message>
        <message>
            <source>Yes, leave</source>
            <translation>Yes, leave</translation>
        </message>
    </context>
    <context>
        <name>DeskBigScreen</name>
        <message>
            <source>People's choice: the top 10</source>
            <translation>People's choice: the top 10</translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeskBoard</name>
        <message>
            <source>%1 waiting · %2 file in · %3 receipt matched · %4 with a problem</source>
            <translation>%1 waiting · %2 file in · %3 receipt matched · %4 with a problem</translation>
        </message>
        <message>
            <source>Booth</source>
            <translation>Booth</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Agency</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
    </context>
    <context>
        <name>DeskHandover</name>
        <message>
            <source>Choose the stick or folder with the booth files</source>
            <translation>Choose the stick or folder with the booth files</translation>
        </message>
        <message>
            <source>Choose the photo of the receipt</source>
            <translation>Choose the photo of the receipt</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
            <translation>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
        </message>
        <message>
            <source>1. The booth's files</source>
            <translation>1. The booth's files</translation>
        </message>
        <message>
            <source>Plug in the stick, then choose it below, or choose any folder. The files are copied to the desk's folder first, then checked and merged while you go on working.</source>
            <translation>Plug in the stick, then choose it below, or choose any folder. The files are copied to the desk's folder first, then checked and merged while you go on working.</translation>
        </message>
        <message>
            <source>Take in the files on %1</source>
            <translation>Take in the files on %1</translation>
        </message>
        <message>
            <source>No stick found yet.</source>
            <translation>No stick found yet.</translation>
        </message>
        <message>
            <source>Folder, e.g. /media/panitia/STAN-A3</source>
            <translation>Folder, e.g. /media/panitia/STAN-A3</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Take in and merge</source>
            <translation>Take in and merge</translation>
        </message>
        <message>
            <source>2. The closing receipt</source>
            <translation>2. The closing receipt</translation>
        </message>
        <message>
            <source>Photos synced to %1 are read by themselves. Or choose a photo, or type or scan the receipt.</source>
            <translation>Photos synced to %1 are read by themselves. Or choose a photo, or type or scan the receipt.</translation>
        </message>
        <message>
            <source>Choose the photo of the receipt, or type or scan it (a QR scanner types it here).</source>
            <translation>Choose the photo of the receipt, or type or scan it (a QR scanner types it here).</translation>
        </message>
        <message>
            <source>Save receipt</source>
            <translation>Save receipt</translation>
        </message>
        <message>
            <source>Choose a photo of the receipt…</source>
            <translation>Choose a photo of the receipt…</translation>
        </message>
        <message>
            <source>Last hand-over</source>
            <translation>Last hand-over</translation>
        </message>
        <message>
            <source>Merged, but a file needs attention: see below and on the board.</source>
            <translation>Merged, but a file needs attention: see below and on the board.</translation>
        </message>
        <message>
            <source>Report written to %1.</source>
            <translation>Report written to %1.</translation>
        </message>
        <message>
            <source>Receipt saved: it is checked when the booth's file comes in.</source>
            <translation>Receipt saved: it is checked when the booth's file comes in.</translation>
        </message>
        <message>
            <source>Receipt saved and checked against the booth's file: see the board.</source>
            <translation>Receipt saved and checked against the booth's file: see the board.</translation>
        </message>
        <message>
            <source>Merged. Now the closing receipt: photograph it, or type or scan it.</source>
            <translation>Merged. Now the closing receipt: photograph it, or type or scan it.</translation>
        </message>
        <message>
            <source>Done: every file accepted.</source>
            <translation>Done: every file accepted.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) merged</source>
            <translation>
                <numerusform>%n record merged</numerusform>
                <numerusform>%n records merged</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeskResults</name>
        <message>
            <source>No results yet: hand over the first booth's file.</source>
            <translation>No results yet: hand over the first booth's file.</translation>
        </message>
        <message>
            <source>%1 valid votes · %2 not counted · %3 anomaly flags</source>
            <translation>%1 valid votes · %2 not counted · %3 anomaly flags</translation>
        </message>
        <message>
            <source>Innovation</source>
            <translation>Innovation</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Agency</translation>
        </message>
        <message>
            <source>Valid votes</source>
            <translation>Valid votes</translation>
        </message>
        <message>
            <source>Per 100 sessions</source>
            <translation>Per 100 sessions</translation>
        </message>
        <message>
            <source>Flags (never applied)</source>
            <translation>Flags (never applied)</translation>
        </message>
    </context>
    <context>
        <name>DeskWindow</name>
        <message>
            <source>Gerai · Organizers' desk</source>
            <translation>Gerai · Organizers' desk</translation>
        </message>
        <message>
            <source>Organizers' desk</source>
            <translation>Organizers' desk</translation>
        </message>
        <message>
            <source>Publish report</source>
            <translation>Publish report</translation>
        </message>
        <message>
            <source>Big screen</source>
            <translation>Big screen</translation>
        </message>
        <message>
            <source>Booths (%1 of %2 in)</source>
            <translation>Booths (%1 of %2 in)</translation>
        </message>
        <message>
            <source>Hand-over</source>
            <translation>Hand-over</translation>
        </message>
        <message>
            <source>Live results</source>
            <translation>Live results</translation>
        </message>
        <message>
            <source>Copying the stick…</source>
            <translation>Copying the stick…</translation>
        </message>
        <message>
            <source>Counting the results…</source>
            <translation>Counting the results…</translation>
        </message>
        <message>
            <source>Checking and merging %1…</source>
            <translation>Checking and merging %1…</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
        <message numerus="yes">
            <source>%n more waiting</source>
            <translation>
                <numerusform>%n more waiting</numerusform>
                <numerusform>%n more waiting</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeskWords</name>
        <message>
            <source>File in</source>
            <translation>File in</translation>
        </message>
        <message>
            <source>Receipt matched</source>
            <translation>Receipt matched</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Longer copy merged</source>
            <translation>Longer copy merged</translation>
        </message>
        <message>
            <source>Already merged</source>
            <translation>Already merged</translation>
        </message>
        <message>
            <source>No closing receipt yet</source>
            <translation>No closing receipt yet</translation>
        </message>
        <message>
            <source>Content differs from the pack</source>
            <translation>Content differs from the pack</translation>
        </message>
        <message>
            <source>File shorter than its receipt</source>
            <translation>File shorter than its receipt</translation>
        </message>
        <message>
            <source>Records after the closing receipt</source>
            <translation>Records after the closing receipt</translation>
        </message>
        <message>
            <source>Changed after its receipt</source>
            <translation>Changed after its receipt</translation>
        </message>
        <message>
            <source>Receipts contradict each other</source>
            <translation>Receipts contradict each other</translation>
        </message>
        <message>
            <source>Not on the roster</source>
            <translation>Not on the roster</translation>
        </message>
        <message>
            <source>Impostor kiosk</source>
            <translation>Impostor kiosk</translation>
        </message>
        <message>
            <source>Two differing copies</source>
            <translation>Two differing copies</translation>
        </message>
        <message>
            <source>Records changed (chain broken)</source>
            <translation>Records changed (chain broken)</translation>
        </message>
        <message>
            <source>From another festival</source>
            <translation>From another festival</translation>
        </message>
        <message>
            <source>Damaged file</source>
            <translation>Damaged file</translation>
        </message>
        <message>
            <source>Not a booth file</source>
            <translation>Not a booth file</translation>
        </message>
        <message>
            <source>Made by a newer Gerai</source>
            <translation>Made by a newer Gerai</translation>
        </message>
        <message>
            <source>Fewer records than the receipt</source>
            <translation>Fewer records than the receipt</translation>
        </message>
        <message>
            <source>Receipt without a counted file</source>
            <translation>Receipt without a counted file</translation>
        </message>
        <message>
            <source>Photograph the booth's closing receipt, or type or scan it.</source>
            <translation>Photograph the booth's closing receipt, or type or scan it.</translation>
        </message>
        <message>
            <source>Ask the booth why. Its votes count; its content changes do not.</source>
            <translation>Ask the booth why. Its votes count; its content changes do not.</translation>
        </message>
        <message>
            <source>Ask for the kiosk's last export or its backup and hand it over again.</source>
            <translation>Ask for the kiosk's last export or its backup and hand it over again.</translation>
        </message>
        <message>
            <source>Nothing to fix: those records are not counted. Ask why the kiosk was used after closing.</source>
            <translation>Nothing to fix: those records are not counted. Ask why the kiosk was used after closing.</translation>
        </message>
        <message>
            <source>Treat it as tampering: fetch the booth's backup files and hear the booth.</source>
            <translation>Treat it as tampering: fetch the booth's backup files and hear the booth.</translation>
        </message>
        <message>
            <source>Find out where each photo was taken; set the wrong receipt aside and hand over again.</source>
            <translation>Find out where each photo was taken; set the wrong receipt aside and hand over again.</translation>
        </message>
        <message>
            <source>Find the photo of this kiosk's opening receipt and add it.</source>
            <translation>Find the photo of this kiosk's opening receipt and add it.</translation>
        </message>
        <message>
            <source>Treat it as tampering: the real kiosk's file is judged without this one.</source>
            <translation>Treat it as tampering: the real kiosk's file is judged without this one.</translation>
        </message>
        <message>
            <source>Neither copy counts until a closing receipt decides: find that receipt.</source>
            <translation>Neither copy counts until a closing receipt decides: find that receipt.</translation>
        </message>
        <message>
            <source>Nothing of it counts. Ask the booth for its backup file and hand it over; the jury decides about the intact part.</source>
            <translation>Nothing of it counts. Ask the booth for its backup file and hand it over; the jury decides about the intact part.</translation>
        </message>
        <message>
            <source>Check the stick: it may hold a file from a rehearsal or another event.</source>
            <translation>Check the stick: it may hold a file from a rehearsal or another event.</translation>
        </message>
        <message>
            <source>Copy the file again from the kiosk or its backup folder.</source>
            <translation>Copy the file again from the kiosk or its backup folder.</translation>
        </message>
        <message>
            <source>Ignore it, or hand over the right file.</source>
            <translation>Ignore it, or hand over the right file.</translation>
        </message>
        <message>
            <source>Update Gerai on this laptop and hand over again.</source>
            <translation>Update Gerai on this laptop and hand over again.</translation>
        </message>
        <message>
            <source>Hand over this kiosk's file.</source>
            <translation>Hand over this kiosk's file.</translation>
        </message>
        <message>
            <source>No booth file in this folder: nothing was taken in.</source>
            <translation>No booth file in this folder: nothing was taken in.</translation>
        </message>
        <message>
            <source>The copy stopped (stick pulled out or disk full). Nothing of it was kept: plug it in and try again.</source>
            <translation>The copy stopped (stick pulled out or disk full). Nothing of it was kept: plug it in and try again.</translation>
        </message>
        <message>
            <source>This folder or file does not exist.</source>
            <translation>This folder or file does not exist.</translation>
        </message>
        <message>
            <source>This is not a receipt. Type or scan the whole GERAI-RECEIPT line or its QR code.</source>
            <translation>This is not a receipt. Type or scan the whole GERAI-RECEIPT line or its QR code.</translation>
        </message>
        <message>
            <source>No receipt could be read from the photo. Take it again: closer, in focus, no glare.</source>
            <translation>No receipt could be read from the photo. Take it again: closer, in focus, no glare.</translation>
        </message>
        <message>
            <source>The merge stopped; nothing was changed.</source>
            <translation>The merge stopped; nothing was changed.</translation>
        </message>
        <message>
            <source>The disk refused to write; nothing stored before was lost.</source>
            <translation>The disk refused to write; nothing stored before was lost.</translation>
        </message>
        <message>
            <source>Something went wrong; see the log.</source>
            <translation>Something went wrong; see the log.</translation>
        </message>
        <message>
            <source>Technical note (as the merge wrote it): %1</source>
            <translation>Technical note (as the merge wrote it): %1</translation>
        </message>
    </context>
</TS>
