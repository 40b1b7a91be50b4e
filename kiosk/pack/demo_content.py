"""Texts of the demo festival: SAMPLE content modelled on Banyumas public-service innovations.

The innovations are illustrative, not the regency's official list; the pack says
so (`sample_data`, "(contoh)" in the festival name and in every contact).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LOGO = "media/logo.png"
FESTIVAL: dict[str, Any] = {
    "slug": "fkp-banyumas-2026-contoh",
    "name": {
        "id": "Festival Kinerja Pembangunan Kabupaten Banyumas 2026 (contoh)",
        "en": "Banyumas Regency Development Performance Festival 2026 (sample)",
    },
    "venue": "Alun-Alun Purwokerto",
    "starts_on": "2026-12-03",
    "ends_on": "2026-12-05",
    "timezone": "Asia/Jakarta",
    "opening_time": "08:00",
    "closing_time": "21:00",
    "colors": {
        "primary": "#0B4F6C",
        "accent": "#F2A541",
        "background": "#F7F5F0",
        "text": "#1B1B1B",
    },
    "logo": LOGO,
    "sample_data": True,
    # The square's stage above the two rows of booths, the gate below them, north up.
    "map": {
        "entrances": [{"x": 0.5, "y": 0.95}],
        "stage": {"x": 0.5, "y": 0.07},
        "north": 0,
    },
}

# (code, name, short name, booth, map x, map y): booths in two rows on the square, between
# the stage and the gate (festival map above), with room for both.
AGENCIES = [
    ("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", "A1", 0.18, 0.33),
    ("DINKES", "Dinas Kesehatan", "Dinkes", "A2", 0.39, 0.33),
    ("DINDIK", "Dinas Pendidikan", "Dindik", "A3", 0.61, 0.33),
    ("BPBD", "Badan Penanggulangan Bencana Daerah", "BPBD", "A4", 0.82, 0.33),
    ("DINDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "Dindukcapil", "B1", 0.18, 0.67),
    ("DINSOS", "Dinas Sosial", "Dinsos", "B2", 0.39, 0.67),
    ("RSUD", "RSUD Banyumas", "RSUD Banyumas", "B3", 0.61, 0.67),
    ("DINKOMINFO", "Dinas Komunikasi dan Informatika", "Dinkominfo", "B4", 0.82, 0.67),
]

# Agencies whose booth runs the satisfaction survey (SKM):
# (service code, name id, name en, yearly service users or None). Sample figures.
SURVEY_SERVICES: dict[str, list[tuple[str, str, str, int | None]]] = {
    "DINDUKCAPIL": [
        ("ktp-el", "Perekaman dan pencetakan KTP-el", "Electronic ID card (KTP-el)", 42000),
        ("kartu-keluarga", "Penerbitan Kartu Keluarga", "Family card", 35000),
        ("akta-kelahiran", "Penerbitan Akta Kelahiran", "Birth certificate", 24000),
    ],
    "RSUD": [
        ("rawat-jalan", "Pelayanan rawat jalan", "Outpatient care", 96000),
        ("imunisasi", "Pelayanan imunisasi anak", "Child immunisation", 5200),
        ("farmasi", "Pelayanan farmasi (obat)", "Pharmacy", None),
    ],
    "DPUPR": [
        ("pbg", "Persetujuan Bangunan Gedung (PBG)", "Building approval (PBG)", 1800),
        ("krk", "Keterangan Rencana Kota (KRK)", "City plan statement (KRK)", 650),
    ],
}


@dataclass(frozen=True)
class DemoInnovation:
    slug: str
    agency: str
    category: str
    year: int
    contact: str
    title: tuple[str, str]  # (Indonesian, English)
    summary: tuple[str, str]
    story_id: tuple[str, ...]  # paragraphs
    story_en: tuple[str, ...]
    photos: tuple[tuple[str, str, str], ...]  # (scene theme, caption id, caption en)


INNOVATIONS = [
    DemoInnovation(
        "gerakan-rawat-kali-dan-jalan", "DPUPR", "Infrastruktur", 2021,
        "Bidang Bina Marga DPUPR, telp. (0281) 000-101 (contoh)",
        ("Gerakan Rawat Kali dan Jalan Bersama Warga",
         "Caring for Rivers and Roads with Residents"),
        ("Warga desa dan petugas DPUPR bergotong royong membersihkan saluran, kali, dan bahu "
         "jalan setiap bulan. Genangan berkurang dan jalan lebih awet.",
         "Villagers and public works staff clean drains, streams and road shoulders together "
         "every month. There is less flooding, and roads last longer."),
        ("Banyak jalan kabupaten cepat rusak karena air hujan tidak mengalir. Saluran tersumbat "
         "sampah dan endapan lumpur, lalu air menggenangi badan jalan.",
         "Melalui gerakan ini, DPUPR menyediakan alat, truk pengangkut, dan pendamping teknis, "
         "sedangkan warga menentukan titik kerja bakti bersama pemerintah desa. Setiap kegiatan "
         "dicatat dan difoto agar hasilnya dapat dipantau.",
         "Kini kerja bakti rutin berjalan di banyak desa. Laporan genangan menurun dan biaya "
         "perbaikan jalan dapat dialihkan ke ruas yang lebih membutuhkan."),
        ("Many regency roads wear out quickly because rainwater cannot drain away. Drains clog "
         "with rubbish and silt, and water pools on the road.",
         "In this movement, the public works office provides tools, trucks and technical "
         "guidance, while residents choose the work sites together with their village "
         "government. Every activity is logged and photographed so results can be followed up.",
         "Regular clean-ups now take place in many villages. Reports of standing water have "
         "fallen, and repair budgets can go to the roads that need them most."),
        (("river", "Kerja bakti membersihkan saluran air", "A community drain clean-up"),
         ("road", "Bahu jalan yang terawat", "A well-kept road shoulder"),
         ("river", "Kali kecil setelah dibersihkan", "A stream after the clean-up")),
    ),
    DemoInnovation(
        "lapor-jalan-rusak", "DPUPR", "Layanan Publik", 2022,
        "Bidang Bina Marga DPUPR, WhatsApp 0800-000-102 (contoh)",
        ("Lapor Jalan Rusak lewat WhatsApp", "Report Damaged Roads via WhatsApp"),
        ("Warga cukup mengirim foto dan lokasi jalan berlubang melalui WhatsApp. Laporan "
         "diteruskan ke tim perbaikan dan perkembangannya dapat dipantau.",
         "Residents simply send a photo and the location of a pothole by WhatsApp. The report "
         "goes to a repair team, and its progress can be followed."),
        ("Sebelumnya, laporan jalan rusak sering tersebar di media sosial tanpa sampai ke "
         "petugas. Warga juga tidak tahu apakah laporannya ditindaklanjuti.",
         "Kini setiap laporan mendapat nomor tiket, dicek lokasinya, lalu dijadwalkan untuk "
         "ditambal. Pelapor menerima kabar ketika perbaikan selesai, lengkap dengan foto "
         "sesudahnya.",
         "Cara sederhana ini membuat perbaikan lebih cepat dan terarah, sekaligus membangun "
         "kepercayaan warga terhadap layanan pemerintah."),
        ("Reports of damaged roads used to be scattered across social media and often never "
         "reached the staff. Residents did not know whether anything would happen.",
         "Now every report gets a ticket number, its location is checked, and the repair is "
         "scheduled. The sender hears back when the work is done, with a photo of the result.",
         "This simple approach makes repairs faster and better targeted, and it builds "
         "residents' trust in public services."),
        (("phone", "Mengirim laporan dari ponsel", "Sending a report from a phone"),
         ("road", "Tim menambal jalan berlubang", "A team patching a pothole")),
    ),
    DemoInnovation(
        "pendampingan-pbg-warga-desa", "DPUPR", "Tata Ruang", 2023,
        "Bidang Tata Bangunan DPUPR, telp. (0281) 000-103 (contoh)",
        ("Pendampingan Persetujuan Bangunan Gedung untuk Rumah Warga dan UMKM Desa",
         "Building Approval Assistance for Village Homes and Small Businesses"),
        ("Petugas mendampingi warga dan pelaku UMKM mengurus Persetujuan Bangunan Gedung (PBG), "
         "mulai dari gambar sederhana hingga pengajuan daring.",
         "Staff help residents and small business owners obtain a building approval (PBG), "
         "from a simple drawing to the online application."),
        ("Banyak warga desa belum memiliki PBG karena menganggap prosesnya rumit dan mahal. "
         "Padahal dokumen ini penting untuk keamanan bangunan dan akses permodalan usaha.",
         "Tim pendamping datang ke balai desa sesuai jadwal. Warga dibantu menyiapkan gambar "
         "rumah sederhana, memeriksa kesesuaian dengan rencana tata ruang, dan mengunggah "
         "berkas ke sistem daring.",
         "Dengan pendampingan langsung, pengajuan yang lengkap bertambah dan waktu tunggu "
         "menjadi lebih pasti."),
        ("Many villagers have no building approval because they think the process is "
         "complicated and expensive. Yet the document matters for building safety and for "
         "access to business loans.",
         "An assistance team visits village halls on a set schedule. Residents get help "
         "preparing a simple house plan, checking it against the spatial plan, and uploading "
         "their files to the online system.",
         "With hands-on help, more applications arrive complete, and waiting times have become "
         "more predictable."),
        (("building", "Pendampingan di balai desa", "Assistance at the village hall"),
         ("map", "Memeriksa peta rencana tata ruang", "Checking the spatial plan map")),
    ),
    DemoInnovation(
        "peta-genangan-purwokerto", "DPUPR", "Infrastruktur", 2024,
        "Bidang Sumber Daya Air DPUPR, telp. (0281) 000-104 (contoh)",
        ("Peta Genangan Purwokerto dari Laporan Warga",
         "A Flood Map of Purwokerto Built from Residents' Reports"),
        ("Titik genangan yang dilaporkan warga dipetakan secara berkala sehingga perbaikan "
         "drainase dapat diprioritaskan dengan tepat.",
         "Flooding spots reported by residents are mapped regularly, so drainage repairs can "
         "be prioritised well."),
        ("Saat hujan deras, beberapa ruas jalan di Purwokerto tergenang. Data lokasi genangan "
         "sebelumnya tercatat terpisah-pisah di berbagai kantor.",
         "Laporan warga, pantauan petugas, dan data curah hujan kini digabungkan dalam satu "
         "peta. Peta diperbarui setiap selesai musim hujan dan dibahas bersama kecamatan.",
         "Hasilnya, anggaran perbaikan saluran diarahkan ke titik yang paling sering "
         "tergenang, dan warga dapat melihat rencana penanganannya."),
        ("During heavy rain, several streets in Purwokerto flood. Records of where this "
         "happened used to be kept separately in different offices.",
         "Residents' reports, staff observations and rainfall data are now combined in one "
         "map, updated after every rainy season and discussed with the sub-districts.",
         "As a result, drainage budgets go to the spots that flood most often, and residents "
         "can see the plans to fix them."),
        (("map", "Peta titik genangan kota", "The city's flooding map"),
         ("river", "Saluran kota setelah diperlebar", "A city drain after widening")),
    ),
    DemoInnovation(
        "posyandu-remaja-keliling", "DINKES", "Kesehatan", 2019,
        "Seksi Kesehatan Keluarga Dinkes, telp. (0281) 000-201 (contoh)",
        ("Posyandu Remaja Keliling ke Sekolah", "Teen Health Post Roadshow to Schools"),
        ("Tim puskesmas datang ke sekolah dan desa untuk memeriksa kesehatan remaja serta "
         "membuka ruang bertanya yang ramah dan rahasia.",
         "Health centre teams visit schools and villages to give teenagers check-ups and a "
         "friendly, confidential place to ask questions."),
        ("Remaja jarang datang ke puskesmas kecuali saat sakit. Padahal masa remaja adalah "
         "waktu yang tepat untuk mencegah anemia, gizi kurang, dan gangguan kesehatan jiwa.",
         "Posyandu Remaja Keliling membawa layanan ke tempat remaja berada: pengukuran tinggi "
         "dan berat badan, tekanan darah, kadar hemoglobin, serta konseling bersama kader "
         "sebaya.",
         "Remaja yang membutuhkan penanganan lanjutan dirujuk ke puskesmas, dan sekolah "
         "mendapat catatan untuk program kesehatan mereka."),
        ("Teenagers rarely visit a health centre unless they are ill. Yet adolescence is the "
         "right time to prevent anaemia, undernutrition and mental health problems.",
         "The roadshow brings services to where teenagers are: height and weight checks, "
         "blood pressure, haemoglobin tests, and counselling with trained peers.",
         "Teenagers who need further care are referred to the health centre, and schools "
         "receive a summary for their own health programmes."),
        (("health", "Pemeriksaan kesehatan remaja di sekolah", "Teen health checks at school"),
         ("school", "Konseling bersama kader sebaya", "Counselling with trained peers")),
    ),
    DemoInnovation(
        "psc-119-banyumas", "DINKES", "Kesehatan", 2018,
        "Public Safety Center 119 Dinkes, telp. 119 (contoh)",
        ("Layanan Gawat Darurat 119 (Public Safety Center)",
         "119 Emergency Service (Public Safety Center)"),
        ("Satu nomor, 119, untuk mendapatkan panduan pertolongan pertama dan ambulans gratis "
         "24 jam di seluruh Kabupaten Banyumas.",
         "One number, 119, for first aid guidance and a free ambulance, 24 hours a day, "
         "anywhere in Banyumas Regency."),
        ("Dalam keadaan darurat, setiap menit berarti. Dahulu warga sering bingung harus "
         "menghubungi siapa dan menunggu lama sampai bantuan tiba.",
         "Petugas di pusat panggilan 119 memberi panduan pertolongan pertama melalui telepon "
         "sambil mengirim ambulans terdekat. Tim terlatih menstabilkan pasien dan membawanya ke "
         "rumah sakit yang siap menerima.",
         "Layanan ini bekerja sama dengan puskesmas, rumah sakit, kepolisian, dan pemadam "
         "kebakaran sehingga penanganan kejadian lebih terkoordinasi."),
        ("In an emergency, every minute counts. People used to be unsure whom to call and "
         "often waited a long time for help.",
         "Operators at the 119 call centre give first aid guidance by phone while sending the "
         "nearest ambulance. A trained team stabilises the patient and takes them to a "
         "hospital that is ready to receive them.",
         "The service works with health centres, hospitals, the police and the fire brigade, "
         "so emergencies are handled in a coordinated way."),
        (("ambulance", "Ambulans PSC 119 siaga", "A 119 ambulance on standby"),
         ("phone", "Petugas menerima panggilan 119", "An operator taking a 119 call"),
         ("ambulance", "Menuju lokasi kejadian", "On the way to an emergency")),
    ),
    DemoInnovation(
        "dapur-sehat-cegah-stunting", "DINKES", "Kesehatan", 2022,
        "Seksi Gizi Dinkes, telp. (0281) 000-203 (contoh)",
        ("Dapur Sehat Cegah Stunting di Desa", "Village Healthy Kitchens Against Stunting"),
        ("Kader desa memasak menu bergizi untuk ibu hamil dan balita, sambil mengajarkan resep "
         "sehat dari bahan pangan lokal.",
         "Village volunteers cook nutritious meals for pregnant women and young children, and "
         "teach healthy recipes made with local ingredients."),
        ("Stunting berawal dari kurangnya gizi sejak kehamilan hingga anak berusia dua tahun. "
         "Banyak keluarga sebenarnya memiliki bahan pangan, tetapi belum terbiasa mengolahnya "
         "menjadi menu seimbang.",
         "Di dapur sehat, kader posyandu dan ibu-ibu PKK memasak bersama memakai telur, ikan, "
         "sayur, dan kacang-kacangan dari desa sendiri. Keluarga sasaran menerima makanan "
         "tambahan, dan tinggi serta berat badan anak dipantau.",
         "Pendekatan ini murah, mudah ditiru, dan melibatkan seluruh warga dalam menjaga "
         "tumbuh kembang anak."),
        ("Stunting begins with poor nutrition between pregnancy and a child's second birthday. "
         "Many families do have food, but are not used to turning it into balanced meals.",
         "In the healthy kitchens, health post volunteers and PKK women cook together with "
         "eggs, fish, vegetables and beans from their own village. Families receive extra "
         "meals, and each child's height and weight are tracked.",
         "The approach is cheap, easy to copy, and involves the whole community in helping "
         "children grow well."),
        (("food", "Menu bergizi dari bahan lokal", "Nutritious meals from local food"),
         ("social", "Kader posyandu memantau tumbuh kembang", "Volunteers tracking growth")),
    ),
    DemoInnovation(
        "sekolah-inklusif", "DINDIK", "Pendidikan", 2018,
        "Bidang Pembinaan SD Dindik, telp. (0281) 000-301 (contoh)",
        ("Sekolah Inklusif Ramah Semua Anak", "Inclusive Schools Welcoming Every Child"),
        ("Sekolah reguler menerima dan mendampingi anak berkebutuhan khusus dengan guru "
         "pendamping, ruang belajar yang mudah diakses, dan kurikulum yang disesuaikan.",
         "Ordinary schools welcome and support children with special needs, with assistant "
         "teachers, accessible classrooms and an adapted curriculum."),
        ("Anak berkebutuhan khusus berhak belajar bersama teman sebaya di dekat rumahnya. "
         "Namun, banyak sekolah belum siap, baik dari sisi guru maupun sarana.",
         "Program ini melatih guru menyesuaikan pembelajaran dengan kebutuhan tiap anak, "
         "menyediakan guru pendamping khusus, dan membantu sekolah membangun jalur landai serta "
         "toilet yang aksesibel.",
         "Orang tua dilibatkan sejak awal. Anak-anak belajar saling menghargai, dan sekolah "
         "menjadi tempat yang nyaman bagi semua."),
        ("Children with special needs have the right to learn alongside their peers, close to "
         "home. But many schools are not yet ready, in teaching or in facilities.",
         "The programme trains teachers to adapt lessons to each child, provides special "
         "assistant teachers, and helps schools build ramps and accessible toilets.",
         "Parents are involved from the start. Children learn to respect one another, and "
         "school becomes a comfortable place for everyone."),
        (("school", "Belajar bersama di kelas inklusif", "Learning together in an inclusive class"),
         ("social", "Jalur landai menuju kelas", "A ramp to the classroom"),
         ("book", "Bahan ajar yang disesuaikan", "Adapted learning materials")),
    ),
    DemoInnovation(
        "banyumas-membaca", "DINDIK", "Pendidikan", 2021,
        "Bidang Pendidikan Nonformal Dindik, telp. (0281) 000-302 (contoh)",
        ("Gerakan Banyumas Membaca di Ruang Publik", "Banyumas Reads in Public Spaces"),
        ("Rak buku dan lapak baca hadir di taman, alun-alun, dan pasar setiap akhir pekan, "
         "dijaga relawan dan pegiat literasi.",
         "Bookshelves and reading corners appear in parks, town squares and markets every "
         "weekend, looked after by volunteers and literacy activists."),
        ("Minat baca tumbuh ketika buku mudah dijangkau. Tidak semua anak dan orang tua dapat "
         "pergi ke perpustakaan.",
         "Setiap akhir pekan, relawan membuka lapak baca berisi buku cerita, buku pelajaran, "
         "dan bacaan keluarga. Ada juga kegiatan mendongeng dan lomba menulis sederhana.",
         "Buku berasal dari perpustakaan daerah dan sumbangan warga, lalu berpindah dari satu "
         "lokasi ke lokasi lain."),
        ("A love of reading grows when books are within reach. Not every child or parent can "
         "get to a library.",
         "Every weekend, volunteers open reading corners with storybooks, schoolbooks and "
         "family reading. There are storytelling sessions and small writing contests too.",
         "The books come from the regional library and residents' donations, and they travel "
         "from one location to the next."),
        (("book", "Lapak baca di taman kota", "A reading corner in a city park"),
         ("social", "Mendongeng untuk anak-anak", "Storytelling for children")),
    ),
    DemoInnovation(
        "guru-kunjung", "DINDIK", "Pendidikan", 2022,
        "Bidang Pembinaan SMP Dindik, telp. (0281) 000-303 (contoh)",
        ("Guru Kunjung untuk Anak Putus Sekolah", "Visiting Teachers for Children Out of School"),
        ("Guru mendatangi anak putus sekolah di rumahnya dan membantu mereka kembali belajar, "
         "di sekolah maupun melalui program kesetaraan.",
         "Teachers visit children who have dropped out at home and help them return to "
         "learning, at school or through an equivalency programme."),
        ("Ada anak yang berhenti sekolah karena harus bekerja, jarak yang jauh, atau masalah "
         "keluarga. Semakin lama mereka di luar sekolah, semakin sulit untuk kembali.",
         "Guru kunjung bekerja sama dengan desa untuk menemukan anak-anak ini. Mereka berbicara "
         "dengan keluarga, menyusun jadwal belajar yang luwes, dan menghubungkan anak dengan "
         "sekolah atau Pusat Kegiatan Belajar Masyarakat (PKBM) terdekat.",
         "Setiap anak yang kembali belajar dicatat dan terus didampingi hingga mampu mengikuti "
         "pelajaran."),
        ("Some children leave school because they have to work, live far away, or face "
         "problems at home. The longer they are out of school, the harder it is to return.",
         "Visiting teachers work with villages to find these children. They talk with "
         "families, set up flexible study schedules, and connect each child with the nearest "
         "school or community learning centre.",
         "Every child who returns is recorded and supported until they can keep up with "
         "lessons."),
        (("social", "Guru berkunjung ke rumah siswa", "A teacher visiting a pupil at home"),
         ("school", "Kembali ke kelas", "Back in class")),
    ),
    DemoInnovation(
        "desa-tangguh-bencana", "BPBD", "Kebencanaan", 2017,
        "Seksi Pencegahan BPBD, telp. (0281) 000-401 (contoh)",
        ("Desa Tangguh Bencana", "Disaster-Resilient Villages"),
        ("Warga desa rawan longsor dan banjir dilatih memetakan risiko, menyiapkan jalur "
         "evakuasi, dan membentuk tim siaga sendiri.",
         "Residents of villages prone to landslides and floods learn to map risks, prepare "
         "evacuation routes and form their own response teams."),
        ("Sebagian wilayah Banyumas berada di lereng perbukitan dan bantaran sungai. Saat "
         "bencana datang, warga setempatlah yang pertama bertindak.",
         "BPBD mendampingi desa menyusun peta risiko, rencana kontinjensi, dan peringatan dini "
         "sederhana, seperti kentongan dan grup pesan singkat. Relawan desa berlatih evakuasi "
         "bersama sekolah dan tempat ibadah.",
         "Desa yang sudah tangguh menjadi contoh bagi desa tetangga, sehingga kesiapsiagaan "
         "menyebar dari warga ke warga."),
        ("Parts of Banyumas lie on steep hillsides and along riverbanks. When disaster "
         "strikes, local residents are the first to act.",
         "The disaster management agency helps villages draw up risk maps, contingency plans "
         "and simple early warnings, such as slit drums and messaging groups. Village "
         "volunteers practise evacuations with schools and places of worship.",
         "Villages that have become resilient set an example for their neighbours, so "
         "preparedness spreads from resident to resident."),
        (("disaster", "Papan jalur evakuasi di desa", "An evacuation route sign in a village"),
         ("map", "Warga memetakan daerah rawan", "Residents mapping risk areas"),
         ("disaster", "Titik kumpul warga", "The village assembly point")),
    ),
    DemoInnovation(
        "sekolah-siaga-bencana", "BPBD", "Kebencanaan", 2020,
        "Seksi Kesiapsiagaan BPBD, telp. (0281) 000-402 (contoh)",
        ("Sekolah Siaga Bencana", "Disaster-Ready Schools"),
        ("Siswa dan guru rutin berlatih menghadapi gempa, banjir, dan kebakaran sehingga tahu "
         "apa yang harus dilakukan.",
         "Pupils and teachers regularly practise for earthquakes, floods and fires, so they "
         "know what to do."),
        ("Anak-anak menghabiskan banyak waktu di sekolah. Karena itu, sekolah perlu menjadi "
         "tempat yang aman dan siap saat bencana terjadi.",
         "Petugas BPBD melatih guru menjadi fasilitator, memeriksa titik kumpul dan jalur "
         "keluar gedung, lalu memandu simulasi bersama siswa. Materi kebencanaan juga "
         "disisipkan dalam pelajaran sehari-hari.",
         "Siswa membawa pengetahuan ini pulang dan membagikannya kepada keluarga."),
        ("Children spend much of their day at school, so schools need to be safe and ready "
         "when disaster strikes.",
         "Agency staff train teachers as facilitators, check assembly points and exits, and "
         "lead drills with the pupils. Disaster awareness is also woven into everyday lessons.",
         "Pupils take this knowledge home and share it with their families."),
        (("school", "Simulasi evakuasi di sekolah", "An evacuation drill at school"),
         ("disaster", "Titik kumpul sekolah", "The school assembly point")),
    ),
    DemoInnovation(
        "adminduk-dari-rumah", "DINDUKCAPIL", "Administrasi Kependudukan", 2020,
        "Layanan Daring Dindukcapil, WhatsApp 0800-000-501 (contoh)",
        ("Urus Dokumen Kependudukan dari Rumah", "Population Documents from Home"),
        ("Kartu keluarga, akta kelahiran, dan akta kematian dapat diajukan secara daring, lalu "
         "dicetak sendiri di kertas HVS dengan tanda tangan elektronik.",
         "Family cards, birth certificates and death certificates can be requested online, "
         "then printed at home on plain paper with an electronic signature."),
        ("Dulu warga harus datang ke kantor dinas, mengantre sejak pagi, dan kembali beberapa "
         "hari kemudian. Bagi warga desa yang jauh, ongkos dan waktunya tidak sedikit.",
         "Kini permohonan diajukan melalui aplikasi atau situs web dengan mengunggah foto "
         "berkas persyaratan. Setelah diverifikasi petugas, dokumen dikirim sebagai PDF "
         "bertanda tangan elektronik.",
         "Bagi warga yang mengalami kesulitan, operator di kantor desa siap membantu "
         "mengajukan permohonan."),
        ("Residents used to travel to the office, queue from early morning, and come back a "
         "few days later. For people in distant villages, that cost both money and time.",
         "Now applications are made through an app or website by uploading photos of the "
         "required papers. Once verified by staff, the document is sent as an electronically "
         "signed PDF.",
         "Residents who find this difficult can ask the operators at their village office "
         "for help."),
        (("idcard", "Dokumen kependudukan dalam genggaman", "Population documents at hand"),
         ("phone", "Mengajukan permohonan dari ponsel", "Applying from a phone")),
    ),
    DemoInnovation(
        "akta-lahir-dari-faskes", "DINDUKCAPIL", "Administrasi Kependudukan", 2019,
        "Bidang Pencatatan Sipil Dindukcapil, telp. (0281) 000-502 (contoh)",
        ("Akta Kelahiran Langsung dari Rumah Sakit dan Puskesmas",
         "Birth Certificates Straight from Hospitals and Health Centres"),
        ("Bayi yang lahir di fasilitas kesehatan langsung mendapat akta kelahiran, kartu "
         "keluarga baru, dan Kartu Identitas Anak tanpa orang tua perlu ke kantor dinas.",
         "Babies born in a health facility receive a birth certificate, an updated family card "
         "and a child ID card, without their parents visiting the office."),
        ("Orang tua yang baru memiliki bayi punya banyak hal untuk diurus. Pencatatan kelahiran "
         "sering tertunda, padahal akta dibutuhkan untuk sekolah, layanan kesehatan, dan "
         "bantuan sosial.",
         "Petugas rumah sakit dan puskesmas memasukkan data kelahiran selama ibu masih dirawat. "
         "Dindukcapil menerbitkan dokumen secara elektronik dan mengirimkannya kepada orang "
         "tua.",
         "Semakin banyak anak memiliki akta kelahiran, dan keluarga terhindar dari urusan "
         "administrasi yang melelahkan."),
        ("New parents have a lot to take care of. Registering a birth is often put off, yet "
         "the certificate is needed for school, health care and social assistance.",
         "Hospital and health centre staff enter the birth details while the mother is still "
         "in their care. The civil registry issues the documents electronically and sends "
         "them to the parents.",
         "More children now have a birth certificate, and families are spared tiring "
         "paperwork."),
        (("hospital", "Layanan akta di rumah sakit", "Birth registration at the hospital"),
         ("idcard", "Kartu Identitas Anak", "A child ID card")),
    ),
    DemoInnovation(
        "pemutakhiran-data-kesejahteraan", "DINSOS", "Perlindungan Sosial", 2021,
        "Bidang Perlindungan dan Jaminan Sosial Dinsos, telp. (0281) 000-601 (contoh)",
        ("Pemutakhiran Data Kesejahteraan Sosial oleh Desa",
         "Village-Led Updates of Social Welfare Data"),
        ("Desa memperbarui data keluarga kurang mampu melalui musyawarah agar bantuan sosial "
         "lebih tepat sasaran.",
         "Villages update their records of low-income families through community meetings, "
         "so social assistance reaches the right people."),
        ("Bantuan sosial hanya adil bila datanya benar. Data lama sering memuat warga yang "
         "sudah mampu dan melewatkan keluarga yang baru jatuh miskin.",
         "Operator desa dilatih memeriksa data, mengunjungi rumah warga, dan membawa hasilnya "
         "ke musyawarah desa. Usulan perubahan diverifikasi Dinsos sebelum masuk ke data "
         "terpadu.",
         "Warga dapat mengajukan sanggahan secara terbuka, sehingga pendataan menjadi lebih "
         "transparan."),
        ("Social assistance is only fair when the data are right. Old records often include "
         "families who are now better off and miss those who have recently fallen into "
         "poverty.",
         "Village operators are trained to check the data, visit households and bring the "
         "findings to a village meeting. The social affairs office verifies proposed changes "
         "before they enter the integrated database.",
         "Residents can raise objections openly, which makes the process more transparent."),
        (("social", "Musyawarah desa membahas data", "A village meeting on the data"),
         ("building", "Pendataan dari rumah ke rumah", "Visiting households")),
    ),
    DemoInnovation(
        "pendampingan-disabilitas-lansia", "DINSOS", "Perlindungan Sosial", 2022,
        "Bidang Rehabilitasi Sosial Dinsos, telp. (0281) 000-602 (contoh)",
        ("Pendampingan Penyandang Disabilitas dan Lansia yang Hidup Sendiri",
         "Support for People with Disabilities and Neglected Older People"),
        ("Pendamping sosial mengunjungi penyandang disabilitas dan lansia yang hidup sendiri "
         "untuk memastikan kebutuhan dasar, alat bantu, dan layanan kesehatan mereka terpenuhi.",
         "Social workers visit people with disabilities and older people living alone to make "
         "sure their basic needs, assistive devices and health care are covered."),
        ("Sebagian penyandang disabilitas dan lansia tinggal tanpa keluarga yang merawat. "
         "Mereka sering tidak terjangkau program karena sulit keluar rumah.",
         "Pendamping sosial bersama relawan desa melakukan kunjungan rutin, mencatat "
         "kebutuhan, dan menghubungkan warga dengan bantuan alat bantu, jaminan kesehatan, "
         "serta layanan puskesmas.",
         "Dengan kunjungan yang teratur, masalah dapat diketahui lebih awal dan ditangani "
         "secara lebih manusiawi."),
        ("Some people with disabilities and older people live without family to care for "
         "them. Programmes often miss them because they find it hard to leave home.",
         "Social workers and village volunteers make regular home visits, note what is "
         "needed, and connect residents with assistive devices, health insurance and health "
         "centre services.",
         "With regular visits, problems are spotted early and handled more humanely."),
        (("social", "Kunjungan rumah pendamping sosial", "A social worker's home visit"),
         ("health", "Pemeriksaan kesehatan lansia", "A health check for an older person")),
    ),
    DemoInnovation(
        "antrean-pasien-daring", "RSUD", "Kesehatan", 2020,
        "Instalasi Rawat Jalan RSUD Banyumas, telp. (0281) 000-701 (contoh)",
        ("Antrean Pasien Daring", "Online Patient Queue"),
        ("Pasien rawat jalan memilih jadwal dokter dan mendapat nomor antrean dari ponsel, "
         "sehingga tidak perlu datang sejak subuh.",
         "Outpatients choose a doctor's time slot and get a queue number on their phone, so "
         "they no longer need to arrive at dawn."),
        ("Ruang tunggu rumah sakit dulu penuh sejak pagi buta. Pasien lanjut usia dan yang "
         "sedang sakit harus menunggu berjam-jam.",
         "Dengan antrean daring, pasien mendaftar melalui aplikasi, situs web, atau WhatsApp, "
         "lalu datang mendekati jam layanan. Layar di ruang tunggu menampilkan nomor yang "
         "sedang dilayani.",
         "Waktu tunggu menjadi lebih singkat dan ruang tunggu lebih lega, sehingga pasien "
         "lebih nyaman."),
        ("The hospital's waiting rooms used to fill up before sunrise. Older and unwell "
         "patients had to wait for hours.",
         "With the online queue, patients register through an app, website or WhatsApp, and "
         "arrive close to their appointment. Screens in the waiting room show the number "
         "being served.",
         "Waiting times are shorter and waiting rooms less crowded, so patients are more "
         "comfortable."),
        (("phone", "Nomor antrean di ponsel", "A queue number on a phone"),
         ("hospital", "Ruang tunggu yang lebih lega", "A less crowded waiting room")),
    ),
    DemoInnovation(
        "kunjungan-rumah-pasca-rawat", "RSUD", "Kesehatan", 2022,
        "Bidang Keperawatan RSUD Banyumas, telp. (0281) 000-702 (contoh)",
        ("Kunjungan Rumah Pasien Pascarawat Inap", "Home Visits after a Hospital Stay"),
        ("Perawat mengunjungi pasien setelah pulang dari rumah sakit untuk memantau pemulihan "
         "dan mengajari keluarga cara merawat.",
         "Nurses visit patients after they leave hospital, to check on their recovery and "
         "show families how to care for them."),
        ("Banyak pasien kembali dirawat karena perawatan di rumah kurang tepat, misalnya luka "
         "yang terinfeksi atau obat yang tidak diminum teratur.",
         "Perawat menjadwalkan kunjungan rumah bagi pasien dengan kebutuhan khusus, seperti "
         "pasien stroke, pascaoperasi, dan lansia. Mereka memeriksa kondisi pasien, mengganti "
         "balutan, dan melatih keluarga.",
         "Pasien pulih lebih baik di rumah, dan keluarga lebih percaya diri merawat orang "
         "yang mereka sayangi."),
        ("Many patients end up back in hospital because care at home was not quite right: an "
         "infected wound, say, or medicine not taken regularly.",
         "Nurses schedule home visits for patients with particular needs, such as stroke "
         "patients, people recovering from surgery, and older people. They check on the "
         "patient, change dressings and coach the family.",
         "Patients recover better at home, and families feel more confident caring for their "
         "loved ones."),
        (("health", "Perawat memeriksa pasien di rumah", "A nurse checking a patient at home"),
         ("hospital", "Persiapan pulang dari rumah sakit", "Preparing to go home")),
    ),
    DemoInnovation(
        "aduan-warga-satu-pintu", "DINKOMINFO", "Layanan Publik", 2018,
        "Bidang Informasi dan Komunikasi Publik Dinkominfo, telp. (0281) 000-801 (contoh)",
        ("Aduan Warga Satu Pintu", "One-Stop Citizen Complaints"),
        ("Semua aduan warga, dari media sosial, SMS, hingga surat, dihimpun dalam satu sistem "
         "dan diteruskan ke dinas yang berwenang.",
         "All citizen complaints, whether from social media, text messages or letters, are "
         "gathered in one system and passed to the office responsible."),
        ("Warga menyampaikan keluhan melalui banyak saluran, dan sebagian tidak pernah "
         "mendapat jawaban. Dinas pun kesulitan mengetahui aduan mana yang menjadi "
         "tanggung jawabnya.",
         "Dinkominfo mengelola satu pintu pengaduan yang terhubung dengan SP4N-LAPOR!. Setiap "
         "aduan diberi batas waktu tindak lanjut, dan statusnya dapat dilihat oleh pelapor.",
         "Laporan berkala tentang aduan terbanyak membantu pimpinan daerah memperbaiki "
         "layanan yang paling sering dikeluhkan."),
        ("Residents raised complaints through many channels, and some never got an answer. "
         "Offices also struggled to know which complaints were theirs to handle.",
         "The communications and informatics office runs a single complaints desk linked to "
         "the national SP4N-LAPOR! system. Every complaint has a follow-up deadline, and the "
         "sender can see its status.",
         "Regular reports on the most common complaints help the regency's leaders improve "
         "the services people complain about most."),
        (("phone", "Aduan masuk dari berbagai saluran", "Complaints from many channels"),
         ("building", "Tindak lanjut oleh dinas terkait", "Follow-up by the right office")),
    ),
    DemoInnovation(
        "internet-gratis-ruang-publik", "DINKOMINFO", "Transformasi Digital", 2021,
        "Bidang Infrastruktur TIK Dinkominfo, telp. (0281) 000-802 (contoh)",
        ("Internet Gratis di Taman dan Balai Desa", "Free Internet in Parks and Village Halls"),
        ("Titik Wi-Fi gratis di ruang publik membantu pelajar, pelaku UMKM, dan warga "
         "mengakses layanan daring.",
         "Free Wi-Fi hotspots in public spaces help students, small businesses and residents "
         "use online services."),
        ("Tidak semua warga memiliki kuota internet yang cukup, padahal banyak layanan "
         "pemerintah dan kegiatan belajar kini dilakukan secara daring.",
         "Dinkominfo memasang titik Wi-Fi di taman kota, alun-alun, dan balai desa, lengkap "
         "dengan penyaringan konten yang tidak pantas. Pemakaian dipantau agar jaringan tetap "
         "lancar pada jam sibuk.",
         "Balai desa kini menjadi tempat belajar dan berusaha, misalnya untuk kelas daring "
         "siswa dan pemasaran produk UMKM."),
        ("Not every resident can afford enough mobile data, yet many government services and "
         "lessons now happen online.",
         "The office installs Wi-Fi hotspots in city parks, town squares and village halls, "
         "with filters for inappropriate content. Usage is monitored to keep the network "
         "running smoothly at busy times.",
         "Village halls have become places to study and do business, for example for pupils' "
         "online classes and for marketing local products."),
        (("wifi", "Wi-Fi gratis di taman kota", "Free Wi-Fi in a city park"),
         ("social", "Belajar daring di balai desa", "Online classes at the village hall")),
    ),
]  # fmt: skip
