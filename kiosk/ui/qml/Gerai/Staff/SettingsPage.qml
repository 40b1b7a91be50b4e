// What staff may set: visitors' first language, brightness, idle time, volume; the PIN; the app.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Gerai

Item {
    id: page
    objectName: "settingsPage"
    property int pinStep: 0 // 0 closed, 1 old PIN, 2 new PIN, 3 new PIN again, 4 PIN to exit
    property string oldPin: ""
    property string newPin: ""
    readonly property var st: Staff.settings

    component Row: RowLayout {
        property alias label: caption.text
        property alias note: hint.text
        default property alias control: holder.data
        Layout.fillWidth: true
        spacing: Theme.gap
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            BodyText { id: caption; Layout.fillWidth: true; font.weight: Font.DemiBold }
            BodyText { id: hint; Layout.fillWidth: true; font.pixelSize: Theme.small; color: Theme.muted; visible: text !== "" }
        }
        RowLayout { id: holder; spacing: Theme.gap / 2 }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin * 1.5

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.gap * 1.5
            Row {
                label: "Bahasa awal untuk pengunjung"
                KButton { objectName: "defaultLangId"; kind: page.st.language === "id" ? "primary" : "secondary"; text: "Indonesia"; onClicked: page.st.setLanguage("id") }
                KButton { objectName: "defaultLangEn"; kind: page.st.language === "en" ? "primary" : "secondary"; text: "English"; onClicked: page.st.setLanguage("en") }
                KButton { objectName: "defaultLangBms"; kind: page.st.language === "bms" ? "primary" : "secondary"; text: "Banyumasan"; onClicked: page.st.setLanguage("bms") }
            }
            Row {
                label: "Kecerahan layar"
                Stepper { objectName: "brightness"; value: page.st.brightness; from: 20; to: 100; unit: " %"; onChanged: (v) => page.st.setBrightness(v) }
            }
            Row {
                label: "Kembali ke layar awal setelah"
                note: "Bila layar tidak disentuh (batas dari panitia: " + page.st.idleMin + "–" + page.st.idleMax + " detik)"
                Stepper { objectName: "idle"; value: page.st.idleSeconds; from: page.st.idleMin; to: page.st.idleMax; step: 5; unit: " dtk"; onChanged: (v) => page.st.setIdleSeconds(v) }
            }
            Row {
                label: "Kunci mode petugas setelah"
                note: "Bila layar petugas tidak disentuh (30 detik–15 menit)"
                Stepper { objectName: "staffLock"; value: page.st.staffLockSeconds; from: page.st.staffLockMin; to: page.st.staffLockMax; step: 30; unit: " dtk"; onChanged: (v) => page.st.setStaffLockSeconds(v) }
            }
            Row {
                label: "Volume suara"
                Stepper { objectName: "volume"; value: page.st.volume; from: 0; to: 100; unit: " %"; onChanged: (v) => page.st.setVolume(v) }
            }
            Row {
                label: "Suara video"
                note: "Video selalu mulai tanpa suara; bila diizinkan, pengunjung dapat menyalakannya"
                KButton {
                    objectName: "clipSound"
                    kind: page.st.clipSound ? "primary" : "secondary"
                    text: page.st.clipSound ? "Diizinkan" : "Tidak diizinkan"
                    onClicked: page.st.setClipSound(!page.st.clipSound)
                }
            }
            BodyText {
                Layout.fillWidth: true
                text: "Aturan pemungutan suara (lama melihat, jumlah suara, jeda) ditetapkan panitia dalam paket festival dan tidak dapat diubah di sini."
                font.pixelSize: Theme.small
                color: Theme.muted
            }
        }

        ColumnLayout {
            Layout.preferredWidth: parent.width * 0.34
            Layout.alignment: Qt.AlignTop
            spacing: Theme.gap
            Heading { level: 2; text: "PIN petugas" }
            KButton { objectName: "changePin"; kind: "secondary"; text: "Ganti PIN"; onClicked: page.pinStep = 1 }
            Item { Layout.preferredHeight: Theme.gap }
            Heading { level: 2; text: "Aplikasi" }
            KButton { objectName: "restartApp"; kind: "secondary"; text: "Mulai ulang aplikasi"; onClicked: Staff.restart() }
            KButton { objectName: "exitDesktop"; kind: "secondary"; text: "Keluar ke desktop"; onClicked: page.pinStep = 4 }
            BodyText {
                Layout.fillWidth: true
                text: "Lakukan ekspor di halaman Serah Terima sebelum mematikan komputer."
                font.pixelSize: Theme.small
                color: Theme.muted
            }
        }
    }

    Rectangle {
        objectName: "changePinDialog"
        anchors.fill: parent
        visible: page.pinStep > 0
        color: Theme.background
        MouseArea { anchors.fill: parent }
        ColumnLayout {
            anchors.centerIn: parent
            spacing: Theme.gap
            Heading {
                level: 2
                Layout.alignment: Qt.AlignHCenter
                text: ["", "Ketik PIN lama", "Ketik PIN baru (4–8 angka)", "Ketik PIN baru sekali lagi",
                       "Ketik PIN untuk keluar ke desktop"][page.pinStep]
            }
            PinPad {
                Layout.alignment: Qt.AlignHCenter
                onSubmitted: (pin) => {
                    if (page.pinStep === 4) { page.pinStep = 0; Staff.exitToDesktop(pin) }
                    else if (page.pinStep === 1) { page.oldPin = pin; page.pinStep = 2 }
                    else if (page.pinStep === 2) {
                        if (Staff.checkNewPin(pin, "")) { page.newPin = pin; page.pinStep = 3 }
                        else { page.oldPin = ""; page.pinStep = 0 }
                    }
                    else { Staff.changePin(page.oldPin, page.newPin, pin); page.oldPin = ""; page.newPin = ""; page.pinStep = 0 }
                }
            }
            KButton {
                Layout.alignment: Qt.AlignHCenter
                kind: "quiet"
                text: "Batal"
                onClicked: { page.oldPin = ""; page.newPin = ""; page.pinStep = 0 }
            }
        }
    }
}
