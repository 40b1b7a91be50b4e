// Photo and video gallery: swipe sideways, or tap the arrows; dots show where you are.
// Clips come first: a poster with a play symbol; a tap plays it (muted, captions on),
// another tap pauses. Leaving the slide stops it (ClipPlayer frees the decoder).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic as Controls
import Gerai

Rectangle {
    id: gallery
    objectName: "gallery"
    property var photos: []
    property var captions: []
    property var clips: [] // {id, poster, title}
    // The first photo decoded ahead (PreparedPhotos), so the page is whole on its first
    // frame; "" to load it from its file in the background like the others.
    property string firstPhoto: ""
    readonly property int count: clips.length + photos.length
    readonly property bool onClip: strip.currentIndex >= 0 && strip.currentIndex < clips.length
    readonly property bool clipActive: onClip && ClipPlayer.clipId === clips[strip.currentIndex].id
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
        model: gallery.count
        onCurrentIndexChanged: ClipPlayer.stop()
        delegate: Item {
            id: slide
            required property int index
            readonly property bool isClip: index < gallery.clips.length
            readonly property var film: isClip ? gallery.clips[index] : null
            readonly property bool playingHere: isClip && ClipPlayer.clipId === film.id
            width: strip.width
            height: strip.height
            Image {
                readonly property int photoIndex: slide.index - gallery.clips.length
                readonly property bool prepared: photoIndex === 0 && gallery.firstPhoto !== ""
                objectName: slide.isClip ? "galleryPoster_" + slide.index : "galleryPhoto_" + photoIndex
                anchors.fill: parent
                visible: !slide.playingHere
                source: slide.isClip ? slide.film.poster : prepared ? gallery.firstPhoto : gallery.photos[photoIndex]
                asynchronous: !prepared // the provider answers on this thread only, from memory
                fillMode: slide.isClip ? Image.PreserveAspectFit : Image.PreserveAspectCrop
                sourceSize.width: 1280
            }
            Item { // the player paints the clip's frames in here
                id: screenArea
                objectName: "clipScreen"
                anchors.fill: parent
                visible: slide.playingHere
            }
            MouseArea {
                objectName: "clipArea"
                anchors.fill: parent
                enabled: slide.isClip
                onClicked: slide.playingHere ? ClipPlayer.toggle() : ClipPlayer.play(slide.film.id, screenArea)
            }
            Rectangle { // the play symbol on a poster, and on a paused clip
                objectName: "clipPlaySymbol"
                visible: slide.isClip && !(slide.playingHere && ClipPlayer.playing)
                anchors.centerIn: parent
                width: Theme.touch * 1.6
                height: width
                radius: width / 2
                color: Theme.scrim
                border.width: Math.max(2, Math.round(3 * Theme.s))
                border.color: Theme.onPhoto
                Text {
                    anchors.centerIn: parent
                    anchors.horizontalCenterOffset: parent.width * 0.05
                    text: "▶"
                    color: Theme.onPhoto
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.title
                }
            }
        }
    }

    BodyText {
        anchors.centerIn: parent
        visible: gallery.count === 0
        text: qsTr("No photos yet")
        color: Theme.onPhoto
    }

    // Captions of the playing clip, big and on a dark band: booths are loud.
    Rectangle {
        objectName: "clipCaptionBand"
        visible: gallery.clipActive && clipCaption.text !== ""
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: bottomBand.visible ? bottomBand.top : parent.bottom
        anchors.bottomMargin: Theme.gap
        width: Math.min(parent.width - Theme.gap * 2, clipCaption.implicitWidth + Theme.gap * 2)
        height: clipCaption.implicitHeight + Theme.gap
        radius: Theme.radius / 2
        color: Theme.scrim
        Text {
            id: clipCaption
            objectName: "clipCaption"
            anchors.centerIn: parent
            width: Math.min(implicitWidth, gallery.width - Theme.gap * 4)
            text: gallery.clipActive ? ClipPlayer.caption : ""
            color: Theme.onPhoto
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            wrapMode: Text.WordWrap
        }
    }

    // Play/pause and, where staff allow sound, the sound switch and its volume.
    Row {
        objectName: "clipControls"
        visible: gallery.clipActive
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: Theme.gap
        spacing: Theme.gap
        KButton {
            objectName: "clipPlayPause"
            kind: "secondary"
            text: ClipPlayer.playing ? qsTr("Pause") : qsTr("Play")
            onClicked: ClipPlayer.toggle()
        }
        KButton {
            objectName: "clipSound"
            visible: ClipPlayer.soundAllowed
            kind: "secondary"
            text: ClipPlayer.muted ? qsTr("Sound on") : qsTr("Sound off")
            onClicked: ClipPlayer.setMuted(!ClipPlayer.muted)
        }
        Controls.Slider {
            objectName: "clipVolume"
            visible: ClipPlayer.soundAllowed && !ClipPlayer.muted
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.touch * 3
            height: Theme.touch
            from: 0
            to: ClipPlayer.volume
            value: ClipPlayer.volume
            onMoved: ClipPlayer.setVolume(Math.round(value))
            Accessible.name: qsTr("Volume")
        }
    }

    Rectangle {
        id: bottomBand
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
            text: gallery.onClip ? gallery.clips[strip.currentIndex].title
                : gallery.captions[strip.currentIndex - gallery.clips.length] || ""
            color: Theme.onPhoto
            font.family: Theme.fontFamily
            font.pixelSize: Theme.small
            wrapMode: Text.WordWrap
        }
    }

    Row {
        id: dots
        visible: gallery.count > 1
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap / 2
        spacing: Theme.gap / 2
        Repeater {
            model: gallery.count
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
        visible: strip.currentIndex < gallery.count - 1
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
