// A numeric PIN pad with big keys: dots for the digits typed, then OK.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Gerai

ColumnLayout {
    id: pad
    property string pin: ""
    property int maxDigits: 8
    property bool locked: false
    signal submitted(string pin)
    spacing: Theme.gap

    function clear() { pin = "" }
    onLockedChanged: if (locked) clear()

    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: grid.width
        Layout.preferredHeight: Theme.touch
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.primary
        border.width: 3
        BodyText {
            objectName: "pinDots"
            anchors.centerIn: parent
            text: pad.pin.length ? "● ".repeat(pad.pin.length).trim() : "Masukkan PIN"
            color: pad.pin.length ? Theme.text : Theme.muted
            font.pixelSize: pad.pin.length ? Theme.heading : Theme.body
            font.letterSpacing: pad.pin.length ? 6 : 0
        }
    }

    GridLayout {
        id: grid
        Layout.alignment: Qt.AlignHCenter
        columns: 3
        rowSpacing: Theme.gap
        columnSpacing: Theme.gap
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "hapus", "0", "ok"]
            KButton {
                required property string modelData
                objectName: "pinKey_" + modelData
                Layout.preferredWidth: Theme.touch * 1.7
                Layout.preferredHeight: Theme.touch * 1.15
                enabled: !pad.locked && (modelData !== "ok" || pad.pin.length >= 4)
                kind: modelData === "ok" ? "accent" : modelData === "hapus" ? "quiet" : "secondary"
                text: modelData === "ok" ? "OK" : modelData === "hapus" ? "Hapus" : modelData
                fontSize: modelData.length === 1 ? Theme.heading : Theme.body
                onClicked: {
                    if (modelData === "ok") { const p = pad.pin; pad.pin = ""; pad.submitted(p) }
                    else if (modelData === "hapus") pad.pin = pad.pin.slice(0, -1)
                    else if (pad.pin.length < pad.maxDigits) pad.pin += modelData
                }
            }
        }
    }
}
