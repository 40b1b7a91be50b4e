// An innovation's words: category and year, title, summary, and its story to scroll.
import QtQuick
import QtQuick.Layouts

ColumnLayout {
    id: info
    property var detail: ({})
    spacing: theme.gap / 2

    Text {
        Layout.fillWidth: true
        text: (info.detail.category || "") + "  ·  " + qsTr("Since %1").arg(info.detail.yearStarted || "")
        color: theme.primary
        font.family: theme.fontFamily
        font.pixelSize: theme.small
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }
    Text {
        objectName: "detailTitle"
        Layout.fillWidth: true
        text: info.detail.title || ""
        color: theme.text
        font.family: theme.fontFamily
        font.pixelSize: theme.title
        font.weight: Font.Bold
        wrapMode: Text.WordWrap
        lineHeight: 1.05
    }
    BodyText {
        Layout.fillWidth: true
        text: info.detail.summary || ""
        font.pixelSize: theme.heading * 0.85
        font.weight: Font.DemiBold
    }
    Flickable {
        id: story
        objectName: "storyScroll"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: theme.body * 3
        clip: true
        contentHeight: storyText.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        BodyText {
            id: storyText
            width: story.width - theme.gap
            text: info.detail.story || ""
        }
        Rectangle {
            // A scroll hint that is also visible when nobody is touching it.
            visible: story.contentHeight > story.height
            x: story.width - width
            y: story.contentY + story.visibleArea.yPosition * story.height
            width: Math.max(6, theme.gap / 3)
            height: story.visibleArea.heightRatio * story.height
            radius: width / 2
            color: theme.primary
            opacity: 0.6
        }
    }
}
