// Entering staff mode: the PIN pad, how many tries are left, and the lock countdown.
import QtQuick
import QtQuick.Layouts
import Gerai

Item {
    objectName: "pinPage"

    ColumnLayout {
        anchors.centerIn: parent
        spacing: Theme.gap
        width: Math.min(parent.width - Theme.margin * 2, Theme.touch * 9)

        Heading {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: "Mode Petugas"
            color: Theme.primary
        }
        BodyText {
            objectName: "pinNote"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: Staff.lockSeconds > 0
                  ? "Terlalu banyak PIN salah. Coba lagi dalam " + Staff.lockSeconds + " detik."
                  : (Staff.pinNote || "Masukkan PIN petugas Anda.")
            color: Staff.lockSeconds > 0 || Staff.pinNote ? Theme.danger : Theme.text
            font.weight: Font.DemiBold
        }
        PinPad {
            Layout.alignment: Qt.AlignHCenter
            locked: Staff.lockSeconds > 0
            onSubmitted: (pin) => Staff.enterPin(pin)
        }
        KButton {
            objectName: "pinCancel"
            Layout.alignment: Qt.AlignHCenter
            kind: "quiet"
            text: "Batal, kembali ke layar pengunjung"
            onClicked: Staff.close()
        }
    }
}
