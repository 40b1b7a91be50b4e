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
        font.pixelSize: theme.heading * 1.15
        font.weight: Font.Bold
        wrapMode: Text.WordWrap
        lineHeight: 1.05
    }
    Flickable {
        id: story
        objectName: "storyScroll"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: theme.body * 3
        clip: true
        contentHeight: storyColumn.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        Column {
            id: storyColumn
            width: story.width - theme.gap
            spacing: theme.gap / 2
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
                color: theme.primary
            }
        }
        Rectangle {
            // The text fades out where more follows, instead of stopping mid-line.
            visible: !story.atYEnd
            x: 0
            y: story.contentY + story.height - height
            width: story.width - theme.gap
            height: theme.body * 2
            gradient: Gradient {
                GradientStop { position: 0.0; color: Qt.alpha(theme.background, 0) }
                GradientStop { position: 1.0; color: theme.background }
            }
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
