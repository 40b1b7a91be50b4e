// An innovation's words: category and year, title, summary, and its story, all in one
// scrolling area: on a short screen (1280x720, large text) a long title scrolls with the
// story instead of pushing the vote button or the photo off the page.
import QtQuick
import QtQuick.Layouts
import Gerai

ColumnLayout {
    id: info
    property var detail: ({})
    spacing: Theme.gap / 2
    onDetailChanged: story.contentY = 0 // another innovation starts at its title

    Flickable {
        id: story
        objectName: "storyScroll"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: Theme.body * 4
        clip: true
        contentHeight: storyColumn.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        Column {
            id: storyColumn
            width: story.width - Theme.gap
            spacing: Theme.gap / 2
            Text {
                objectName: "detailCategory"
                width: parent.width
                text: (info.detail.category || "") + "  ·  " + qsTr("Since %1").arg(info.detail.yearStarted || "")
                color: Theme.primary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.small
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }
            Heading {
                objectName: "detailTitle"
                width: parent.width
                text: info.detail.title || ""
                font.pixelSize: Theme.heading * 1.15
                lineHeight: 1.05
            }
            BodyText {
                width: parent.width
                text: info.detail.summary || ""
                font.weight: Font.DemiBold
            }
            BodyText {
                width: parent.width
                text: info.detail.story || ""
            }
            BodyText {
                width: parent.width
                visible: (info.detail.contact || "") !== ""
                text: qsTr("Contact: %1").arg(info.detail.contact || "")
                color: Theme.primary
            }
        }
        Rectangle {
            // The text fades out where more follows, instead of stopping mid-line.
            visible: !story.atYEnd
            x: 0
            y: story.contentY + story.height - height
            width: story.width - Theme.gap
            height: Theme.body * 2
            gradient: Gradient {
                GradientStop { position: 0.0; color: Qt.alpha(Theme.background, 0) }
                GradientStop { position: 1.0; color: Theme.background }
            }
        }
        Rectangle {
            // A scroll hint that is also visible when nobody is touching it.
            visible: story.contentHeight > story.height
            x: story.width - width
            y: story.contentY + story.visibleArea.yPosition * story.height
            width: Math.max(6, Theme.gap / 3)
            height: story.visibleArea.heightRatio * story.height
            radius: width / 2
            color: Theme.primary
            opacity: 0.6
        }
    }
}
