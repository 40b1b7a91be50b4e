// Photo gallery: swipe sideways, or tap the arrows; dots show where you are.
pragma ComponentBehavior: Bound
import QtQuick
import Gerai

Rectangle {
    id: gallery
    objectName: "gallery"
    property var photos: []
    property var captions: []
    // The first photo decoded ahead (PreparedPhotos), so the page is whole on its first
    // frame; "" to load it from its file in the background like the others.
    property string firstPhoto: ""
    color: Theme.photoBackdrop
    radius: Theme.radius
    clip: true

    ListView {
        id: strip
        objectName: "galleryStrip"
        anchors.fill: parent
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: 250
        boundsBehavior: Flickable.StopAtBounds
        model: gallery.photos
        delegate: Image {
            required property string modelData
            required property int index
            readonly property bool prepared: index === 0 && gallery.firstPhoto !== ""
            objectName: "galleryPhoto_" + index
            width: strip.width
            height: strip.height
            source: prepared ? gallery.firstPhoto : modelData
            asynchronous: !prepared // the provider answers on this thread only, from memory
            fillMode: Image.PreserveAspectCrop
            sourceSize.width: 1280
        }
    }

    BodyText {
        anchors.centerIn: parent
        visible: gallery.photos.length === 0
        text: qsTr("No photos yet")
        color: Theme.onPhoto
    }

    Rectangle {
        visible: captionText.text !== ""
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: captionText.implicitHeight + Theme.gap * 2 + (dots.visible ? dots.height : 0)
        color: Theme.scrim
        Text {
            id: captionText
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.gap
            text: gallery.captions[strip.currentIndex] || ""
            color: Theme.onPhoto
            font.family: Theme.fontFamily
            font.pixelSize: Theme.small
            wrapMode: Text.WordWrap
        }
    }

    Row {
        id: dots
        visible: gallery.photos.length > 1
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap / 2
        spacing: Theme.gap / 2
        Repeater {
            model: gallery.photos.length
            Rectangle {
                required property int index
                width: Theme.gap * 0.7
                height: width
                radius: width / 2
                color: index === strip.currentIndex ? Theme.accent : Theme.onPhoto
            }
        }
    }

    KButton {
        objectName: "galleryPrevious"
        visible: strip.currentIndex > 0
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.gap
        kind: "secondary"
        implicitWidth: Theme.touch
        text: "‹"
        fontSize: Theme.title
        onClicked: strip.decrementCurrentIndex()
    }
    KButton {
        objectName: "galleryNext"
        visible: strip.currentIndex < gallery.photos.length - 1
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.gap
        kind: "secondary"
        implicitWidth: Theme.touch
        text: "›"
        fontSize: Theme.title
        onClicked: strip.incrementCurrentIndex()
    }
}
