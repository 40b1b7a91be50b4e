// The attract loop: this booth's innovations full screen, one after another, and between
// them the clips staff chose (AttractLoop says when): muted, captions on, through the
// kiosk's one player. The photo stays until the clip's first frame; a clip that cannot
// play is skipped; a touch stops it (and starts the visit, as always).
pragma ComponentBehavior: Bound
import QtQuick
import Gerai

Rectangle {
    id: attract
    objectName: "attractScreen"
    color: Theme.primary
    property int current: 0
    // A keyboard or switch starts the visit like a touch does: "Touch the screen to
    // start" holds the focus first, and Tab goes round it, Accessibility and language.
    readonly property Item startItem: cta
    Component.onCompleted: cta.forceActiveFocus()
    Keys.onReturnPressed: VisitorFlow.start()
    Keys.onEnterPressed: VisitorFlow.start()
    Keys.onSpacePressed: VisitorFlow.start()

    // Only the slide on screen, the one fading out and the next one exist: each holds a
    // full-screen photo, and a booth may show twenty innovations.
    property int previous: -1
    property bool settled: false // the next slide's photo loads once the first is up
    Timer { interval: 800; running: true; onTriggered: attract.settled = true }

    Repeater {
        id: slides
        model: Innovations
        onCountChanged: { // staff hid innovations: never stay on a slide that is gone
            if (attract.current >= count) {
                attract.previous = -1
                attract.current = 0
            }
        }
        delegate: Loader {
            id: slide
            objectName: "slide_" + index
            required property int index
            required property string cover
            required property string title
            required property string teaser
            anchors.fill: parent
            active: index === attract.current || index === attract.previous
                || (attract.settled && index === (attract.current + 1) % slides.count)
            opacity: index === attract.current ? 1 : 0
            Behavior on opacity { NumberAnimation { duration: Theme.reducedMotion ? 0 : 900 } }
            // While it fades, the slide is drawn once into a layer and only blended after:
            // photo, gradient and text were each redrawn every frame (1.6x a bare fade).
            layer.enabled: opacity > 0 && opacity < 1

            sourceComponent: Item {
                Image {
                    anchors.fill: parent
                    source: slide.cover
                    asynchronous: true
                    fillMode: Image.PreserveAspectCrop
                    sourceSize.width: 1920
                }
                Rectangle {
                    anchors.fill: parent
                    gradient: Gradient {
                        GradientStop { position: 0.35; color: "#00000000" }
                        GradientStop { position: 1.0; color: "#e6000000" }
                    }
                }
                Rectangle {
                    // The words stay readable on any photo, a white sky included.
                    x: slideText.x - Theme.gap
                    y: slideText.y - Theme.gap
                    width: slideText.width + Theme.gap * 2
                    height: slideText.height + Theme.gap * 2
                    radius: Theme.radius
                    color: Theme.scrim
                }
                Column {
                    id: slideText
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.margin * 1.5
                    anchors.bottomMargin: Theme.touch * 3
                    spacing: Theme.gap
                    Text {
                        width: parent.width
                        text: slide.title
                        color: Theme.onPhoto
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.huge
                        font.weight: Font.Bold
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        width: parent.width * (Theme.portrait ? 1 : 0.7)
                        text: slide.teaser
                        color: Theme.onPhoto
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.heading
                        wrapMode: Text.WordWrap
                        lineHeight: 1.1
                    }
                }
            }
        }
    }

    // The clip slide: the clip's frames, its innovation's title and the captions.
    property int clipId: -1 // the clip asked for; -1 while the photos show
    readonly property bool clipShown: clipId >= 0 && ClipPlayer.clipId === clipId && ClipPlayer.hasFrame
    function nextPhoto() {
        if (slides.count < 2)
            return
        attract.previous = attract.current
        attract.current = (attract.current + 1) % slides.count
        if (!Theme.reducedMotion)
            pulse.restart()
    }
    function startClip(id: int) {
        ClipPlayer.playAttract(id, clipScreen)
        if (ClipPlayer.clipId === id) {
            attract.clipId = id
        } else { // gone, or refused at once: the photos go on
            AttractLoop.clipDone()
            attract.nextPhoto()
        }
    }
    function clipOver() {
        attract.clipId = -1
        AttractLoop.clipDone()
        attract.nextPhoto()
    }
    Connections { // the clip ended, could not play, or was stopped (a touch, staff mode)
        target: ClipPlayer
        function onChanged() {
            if (attract.clipId >= 0 && ClipPlayer.clipId !== attract.clipId)
                attract.clipOver()
        }
    }

    Rectangle {
        id: clipSlide
        objectName: "attractClip"
        anchors.fill: parent
        color: Theme.photoBackdrop
        opacity: attract.clipShown ? 1 : 0
        visible: opacity > 0
        Behavior on opacity { NumberAnimation { duration: Theme.reducedMotion ? 0 : 600 } }
        Item { // the player paints the clip's frames in here
            id: clipScreen
            objectName: "attractClipScreen"
            anchors.fill: parent
        }
        Column {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.margin * 1.5
            anchors.bottomMargin: Theme.margin + Theme.touch * 1.4 + Theme.gap * 1.5 // above the button
            spacing: Theme.gap
            Rectangle {
                width: clipTitle.width + Theme.gap * 2
                height: clipTitle.height + Theme.gap
                radius: Theme.radius
                color: Theme.scrim
                visible: clipTitle.text !== ""
                Text {
                    id: clipTitle
                    objectName: "attractClipTitle"
                    anchors.centerIn: parent
                    width: Math.min(implicitWidth, clipSlide.width - Theme.margin * 3 - Theme.gap * 2)
                    text: AttractLoop.clip.title
                    color: Theme.onPhoto
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.title
                    font.weight: Font.Bold
                    wrapMode: Text.WordWrap
                }
            }
            Rectangle { // captions, big on a dark band: read from across the aisle
                objectName: "attractCaptionBand"
                anchors.horizontalCenter: parent.horizontalCenter
                width: clipCaption.width + Theme.gap * 2
                height: clipCaption.height + Theme.gap
                radius: Theme.radius / 2
                color: Theme.scrim
                visible: clipCaption.text !== ""
                Text {
                    id: clipCaption
                    objectName: "attractCaption"
                    anchors.centerIn: parent
                    width: Math.min(implicitWidth, clipSlide.width - Theme.margin * 3 - Theme.gap * 2)
                    text: attract.clipShown ? ClipPlayer.caption : ""
                    color: Theme.onPhoto
                    horizontalAlignment: Text.AlignHCenter
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.heading
                    wrapMode: Text.WordWrap
                }
            }
        }
    }

    Timer {
        objectName: "slideTimer"
        interval: AttractLoop.slideMs
        running: attract.clipId < 0 && (slides.count > 1 || AttractLoop.clipCount > 0)
        repeat: true
        onTriggered: {
            const id = AttractLoop.next()
            if (id >= 0)
                attract.startClip(id)
            else
                attract.nextPhoto()
        }
    }
    Timer { // no frame in time: skipped, never a black slide
        interval: AttractLoop.firstFrameMs
        running: attract.clipId >= 0 && !ClipPlayer.hasFrame
        onTriggered: ClipPlayer.stop()
    }

    MouseArea {
        objectName: "startArea"
        anchors.fill: parent
        // The press stops a playing clip at once (the decoder is freed); the tap starts
        // the visit.
        onPressed: if (attract.clipId >= 0) ClipPlayer.stop()
        onClicked: VisitorFlow.start()
    }

    // The festival and this booth, top left: beside the languages where there is room,
    // else under them (portrait, or a narrow screen in a long language).
    Rectangle {
        id: brand
        objectName: "attractBrand"
        readonly property real room: attract.width - Theme.margin * 2 - corner.width - Theme.gap
        readonly property bool beside: room >= Theme.touch * 5
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        y: beside ? Theme.margin : corner.y + corner.height + Theme.gap
        width: brandText.width + Theme.gap * 2
        height: brandText.implicitHeight + Theme.gap
        radius: Theme.radius
        color: Theme.primary
        Text {
            id: brandText
            anchors.centerIn: parent
            width: Math.min(implicitWidth, (brand.beside ? brand.room : attract.width - Theme.margin * 2) - Theme.gap * 2)
            text: (VisitorFlow.lang === "en" ? Theme.festivalNameEn : Theme.festivalNameId)
                  + "\n" + qsTr("Booth %1 · %2").arg(Theme.agencyBooth).arg(Theme.agencyName)
            color: Theme.onPrimary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.small
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }
    }

    // The three languages and accessibility, top right; one above the other when the
    // festival's name would otherwise have too little room.
    Grid {
        id: corner
        objectName: "attractCorner"
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.margin
        columns: attract.width - Theme.margin * 2 - picker.width - a11y.width - Theme.gap * 2 >= Theme.touch * 8 ? 2 : 1
        spacing: Theme.gap
        horizontalItemAlignment: Grid.AlignRight
        LanguagePicker { id: picker }
        A11yButton { id: a11y }
    }

    Rectangle {
        id: cta
        objectName: "touchToStart"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
        width: Math.min(parent.width - Theme.margin * 2, ctaText.implicitWidth + Theme.touch * 1.5)
        height: Theme.touch * 1.4
        radius: height / 2
        color: Theme.accent
        activeFocusOnTab: true
        Accessible.role: Accessible.Button
        Accessible.name: ctaText.text
        Keys.onReturnPressed: VisitorFlow.start()
        Keys.onEnterPressed: VisitorFlow.start()
        Keys.onSpacePressed: VisitorFlow.start()
        FocusRing {}
        // One pulse with each slide's fade, then stillness: an endless pulse repainted the
        // window every frame, which on a CPU-only OpenGL kept both cores busy.
        SequentialAnimation on scale {
            id: pulse
            running: false
            NumberAnimation { from: 1.0; to: 1.05; duration: 450; easing.type: Easing.InOutQuad }
            NumberAnimation { from: 1.05; to: 1.0; duration: 450; easing.type: Easing.InOutQuad }
        }
        Text {
            id: ctaText
            anchors.centerIn: parent
            text: qsTr("Touch the screen to start")
            color: Theme.onAccent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.heading
            font.weight: Font.Bold
        }
    }
}
