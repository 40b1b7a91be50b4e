// Entering staff mode: the PIN pad, how many tries are left, and the lock countdown.
import QtQuick
import QtQuick.Layouts
import ".."

Item {
    objectName: "pinPage"

    ColumnLayout {
        anchors.centerIn: parent
        spacing: theme.gap
        width: Math.min(parent.width - theme.margin * 2, theme.touch * 9)

        StaffText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: "Mode Petugas"
            font.pixelSize: theme.title
            font.weight: Font.Bold
            color: theme.primary
        }
        StaffText {
            objectName: "pinNote"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: staff.lockSeconds > 0
                  ? "Terlalu banyak PIN salah. Coba lagi dalam " + staff.lockSeconds + " detik."
                  : (staff.pinNote || "Masukkan PIN petugas Anda.")
            color: staff.lockSeconds > 0 || staff.pinNote ? "#b3261e" : theme.text
            font.weight: Font.DemiBold
        }
        PinPad {
            Layout.alignment: Qt.AlignHCenter
            locked: staff.lockSeconds > 0
            onSubmitted: (pin) => staff.enterPin(pin)
        }
        KButton {
            objectName: "pinCancel"
            Layout.alignment: Qt.AlignHCenter
            kind: "quiet"
            text: "Batal, kembali ke layar pengunjung"
            onClicked: staff.close()
        }
    }
}
