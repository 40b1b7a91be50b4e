// First start: choose this booth's agency, then a staff PIN (typed twice).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Gerai

Item {
    id: setup
    objectName: "setupPage"
    property int step: 0 // 0 agency, 1 PIN, 2 PIN again
    property string agency: Staff.agencyCode
    property string firstPin: ""

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        Heading {
            Layout.fillWidth: true
            text: "Selamat datang di Gerai"
            color: Theme.primary
        }
        BodyText {
            objectName: "setupStep"
            Layout.fillWidth: true
            text: setup.step === 0 ? "Langkah 1 dari 3: pilih OPD yang menjaga stan ini."
                : setup.step === 1 ? "Langkah 2 dari 3: buat PIN petugas 4–8 angka yang sulit ditebak (bukan 1234, 0000, nomor stan, atau tahun). Jangan beri tahu pengunjung."
                : "Langkah 3 dari 3: ketik PIN yang sama sekali lagi."
            font.weight: Font.DemiBold
        }
        Banner { Layout.fillWidth: true }

        GridView {
            id: agencies
            objectName: "agencyList"
            visible: setup.step === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: width / Math.max(1, Math.floor(width / (Theme.touch * 6)))
            cellHeight: Theme.touch * 1.5
            model: Staff.agencies
            delegate: Item {
                id: cell
                required property var modelData
                width: agencies.cellWidth
                height: agencies.cellHeight
                KButton {
                    objectName: "agency_" + cell.modelData.code
                    anchors.fill: parent
                    anchors.margins: Theme.gap / 2
                    kind: setup.agency === cell.modelData.code ? "primary" : "secondary"
                    text: cell.modelData.booth + " · " + cell.modelData.name
                    onClicked: setup.agency = cell.modelData.code
                }
            }
        }
        KButton {
            objectName: "setupNext"
            visible: setup.step === 0
            Layout.alignment: Qt.AlignRight
            kind: "accent"
            enabled: setup.agency !== ""
            text: "Lanjut ›"
            onClicked: { Staff.clearMessage(); setup.step = 1 }
        }

        Item {
            visible: setup.step > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            PinPad {
                id: setupPad
                anchors.centerIn: parent
                onSubmitted: (pin) => {
                    if (setup.step === 1) {
                        // A PIN too easy to guess is refused at once, before it is typed twice.
                        if (Staff.checkNewPin(pin, setup.agency)) { setup.firstPin = pin; Staff.clearMessage(); setup.step = 2 }
                    }
                    else if (!Staff.setUp(setup.agency, setup.firstPin, pin)) { setup.firstPin = ""; setup.step = 1 }
                }
            }
            KButton {
                objectName: "setupBack"
                anchors.left: parent.left
                anchors.bottom: parent.bottom
                kind: "quiet"
                text: "‹ Kembali"
                onClicked: { setup.firstPin = ""; setupPad.clear(); setup.step = 0 }
            }
        }
    }
}
