// An innovation: photos, its story, a QR code to take home, and (after a while) the vote.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Gerai

Item {
    id: detailScreen
    objectName: "detailScreen"
    readonly property var detail: VisitorFlow.detail

    component BackButton: KButton {
        objectName: "backButton"
        kind: "secondary"
        text: qsTr("‹ All innovations")
        onClicked: VisitorFlow.showHome()
    }

    Loader {
        anchors.fill: parent
        anchors.margins: Theme.margin
        sourceComponent: Theme.portrait ? portrait : landscape
    }

    Component {
        id: landscape
        RowLayout {
            spacing: Theme.margin
            ColumnLayout {
                id: leftColumn
                readonly property real wanted: Math.max(parent.width * 0.45, Theme.qrSize + Theme.touch * 4)
                // The photo keeps at least this much of the column on any screen (1280x720,
                // large text, Banyumasan); the QR code takes what is left, up to its full size.
                // (Of the page's height, not the column's own: no loop through the layout.)
                readonly property real columnHeight: detailScreen.height - Theme.margin * 2
                readonly property real photoFloor: Math.max(Theme.touch * 2.5, columnHeight * 0.4)
                Layout.fillWidth: false // nested layouts fill by default
                Layout.preferredWidth: wanted
                Layout.fillHeight: true
                spacing: Theme.gap
                Gallery {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: leftColumn.photoFloor
                    photos: detailScreen.detail.photos || []
                    captions: detailScreen.detail.captions || []
                    firstPhoto: detailScreen.detail.shown || ""
                    clips: detailScreen.detail.clips || []
                }
                QrBlock {
                    Layout.fillWidth: true
                    Layout.preferredHeight: implicitHeight
                    side: Math.max(Theme.qrSize * 0.55,
                                   Math.min(Theme.qrSize, leftColumn.columnHeight - leftColumn.photoFloor - leftColumn.spacing))
                    url: detailScreen.detail.url || ""
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // whatever is left beside the photos
                Layout.fillHeight: true
                spacing: Theme.gap
                BackButton {}
                InnovationText {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    detail: detailScreen.detail
                }
                VoteArea { Layout.fillWidth: true }
            }
        }
    }

    Component {
        id: portrait
        ColumnLayout {
            spacing: Theme.gap
            BackButton {}
            Gallery {
                Layout.fillWidth: true
                Layout.preferredHeight: parent.height * 0.3
                photos: detailScreen.detail.photos || []
                captions: detailScreen.detail.captions || []
                firstPhoto: detailScreen.detail.shown || ""
                clips: detailScreen.detail.clips || []
            }
            InnovationText {
                Layout.fillWidth: true
                Layout.fillHeight: true
                detail: detailScreen.detail
            }
            QrBlock {
                Layout.fillWidth: true
                Layout.preferredHeight: implicitHeight
                url: detailScreen.detail.url || ""
            }
            VoteArea { Layout.fillWidth: true }
        }
    }
}
