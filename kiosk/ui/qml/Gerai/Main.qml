// The kiosk window: the current screen, the bar above it, the idle warning and the keyboard.
import QtQuick
import Gerai.Staff
import Gerai

Window {
    id: root
    objectName: "kioskWindow"
    width: 1920
    height: 1080
    color: Theme.background
    title: "Gerai"
    onWidthChanged: Theme.setSize(width, height)
    onHeightChanged: Theme.setSize(width, height)
    Component.onCompleted: {
        Theme.setSize(width, height)
        if (root.setupOnStart && Staff.needsSetup) { VisitorFlow.enterStaffMode(); staffLoader.active = true }
    }
    property bool setupOnStart: false // `kiosk run`: a booth with no PIN opens staff set-up
    // What no visitor sees in the first second (keyboard, accessibility panel, idle
    // warning) loads after the first frame: Python sets `firstFrameShown`, and this
    // timer (run by Qt's event loop, not from inside a Python call) sets `started`.
    property bool firstFrameShown: false
    property bool started: false
    // Everything loaded: tests wait for this before they touch the window.
    readonly property bool ready: started && keyboardLoader.status === Loader.Ready
        && a11yLoader.status === Loader.Ready && idleLoader.status === Loader.Ready
    Timer {
        interval: 1
        running: root.firstFrameShown && !root.started
        onTriggered: root.started = true
    }
    // A Loader's item is a QObject to qmllint. Naming its type instead (`as Keyboard`)
    // would load that file with Main.qml, before the first frame: hence the three
    // `qmllint disable` lines here, on the Loaders of the keyboard, home and staff mode.
    readonly property bool keyboardUp: keyboardLoader.item !== null && keyboardLoader.item.active // qmllint disable missing-property
    readonly property real keyboardHeight: keyboardUp ? keyboardLoader.item.height : 0 // qmllint disable missing-property
    // Kiosk (fullscreen) mode: the window closes only when staff chose "exit".
    property bool kioskMode: false
    property bool frameless: false  // the fullscreen kiosk: set before the window is shown
    flags: frameless ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window
    onClosing: (close) => { close.accepted = !root.kioskMode || Staff.exitAllowed }

    // Keyboard and switch access. On each screen change the focus moves to the new
    // screen's first control (its `startItem` where it names one); when the focused
    // control goes away (a chosen answer redrawn, "Lanjut" disabled, a panel closed) it
    // comes back to the control of the same name, or else to the screen's first one:
    // never to nowhere, where the next Tab would start at "Beranda". Touch input never
    // moves the focus (a focused text box would open the on-screen keyboard).
    property string lastFocusName: ""
    function focusLost(): bool {
        // A control that goes away hands the focus to its focus scope: a screen's Loader.
        return activeFocusItem === null || activeFocusItem === contentItem
            || activeFocusItem === screenLoader || activeFocusItem === homeLoader
    }
    onActiveFocusItemChanged: {
        if (leaveDialog.visible && !VisitorFlow.idleWarning && !leaveDialog.holds(activeFocusItem)) {
            Qt.callLater(leaveDialog.takeFocus) // the question keeps the keys while it is open
        } else if (!root.focusLost()) {
            if (activeFocusItem.objectName !== "" && !leaveDialog.visible)
                lastFocusName = activeFocusItem.objectName // the dialog gives it back
        } else if (Theme.keysUsed) {
            Qt.callLater(root.restoreFocus)
        }
    }
    function currentScreen(): Item {
        return (VisitorFlow.screen === "home" ? homeLoader.item : screenLoader.item) as Item
    }
    function named(item: Item, name: string): Item {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.objectName === name && child.visible && child.enabled && child.activeFocusOnTab)
                return child
            const found = root.named(child, name)
            if (found !== null)
                return found
        }
        return null
    }
    function focusStart() {
        const screen = root.currentScreen()
        if (screen === null || staffLoader.active)
            return
        const start = screen.startItem as Item // qmllint disable missing-property
        if (start !== null && start !== undefined && start.visible) {
            start.forceActiveFocus(Qt.TabFocusReason)
            return
        }
        const first = screen.nextItemInFocusChain(true)
        if (first !== null && screen.contains(screen.mapFromItem(first, 1, 1)))
            first.forceActiveFocus(Qt.TabFocusReason)
    }
    function restoreFocus() {
        if (!root.focusLost())
            return
        const screen = root.currentScreen()
        if (screen === null || staffLoader.active)
            return
        const same = lastFocusName === "" ? null : root.named(screen, lastFocusName)
        if (same !== null)
            same.forceActiveFocus(Qt.TabFocusReason)
        else
            root.focusStart()
    }
    Connections {
        target: VisitorFlow
        function onScreenChanged() { if (Theme.keysUsed) Qt.callLater(root.focusStart) }
    }

    readonly property bool barShown: ["attract", "goodbye", "staffCall"].indexOf(VisitorFlow.screen) < 0

    Item {
        id: page
        anchors.fill: parent
        anchors.bottomMargin: root.keyboardHeight

        TopBar {
            id: bar
            visible: root.barShown
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            height: visible ? implicitHeight : 0
            showHome: VisitorFlow.screen !== "home"
            showMap: VisitorFlow.screen !== "map"
            showLanguages: VisitorFlow.screen === "home"
        }
        Loader {
            id: screenLoader
            objectName: "screenLoader"
            anchors.top: bar.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            // The home screen stays loaded: see homeLoader.
            source: VisitorFlow.screen === "home" ? "" : VisitorFlow.screenFiles[VisitorFlow.screen]
            onSourceChanged: InputMethod.hide()
        }
        // Home is where every visitor returns between innovations: it is built once,
        // in the background after the first frame (or at once if needed sooner), and
        // then only shown and hidden, so going home never waits for twenty cards.
        Loader {
            id: homeLoader
            objectName: "homeLoader"
            anchors.fill: screenLoader
            active: root.started || VisitorFlow.screen === "home"
            asynchronous: VisitorFlow.screen !== "home"
            visible: VisitorFlow.screen === "home"
            enabled: visible // hidden, it keeps no keyboard focus and takes no keys
            source: VisitorFlow.screenFiles.home
        }
        Connections { // a new visitor starts at the top of the list
            target: VisitorFlow
            function onScreenChanged() {
                if (VisitorFlow.screen === "attract" && homeLoader.item)
                    homeLoader.item.reset() // qmllint disable missing-property
            }
        }
    }

    // Leaving a survey or feedback with answers not yet sent (Beranda, Peta festival,
    // Batal, Selesai, Escape) asks once. Idle still ends the visit without asking.
    // While it asks it holds the focus: Tab and Shift+Tab go between its two buttons
    // only, Escape is "Lanjutkan mengisi" (VisitorFlow.back), and staying gives the focus
    // back to the control that had it.
    Rectangle {
        id: leaveDialog
        objectName: "leaveDialog"
        anchors.fill: parent
        z: 96
        visible: VisitorFlow.leaveAsked
        color: Theme.scrim
        property Item focusBefore: null
        function holds(item: Item): bool {
            return item === stayButton || item === confirmButton
        }
        function takeFocus() {
            if (leaveDialog.visible && !VisitorFlow.idleWarning && !leaveDialog.holds(root.activeFocusItem))
                stayButton.forceActiveFocus(Qt.TabFocusReason)
        }
        onVisibleChanged: {
            if (visible) {
                focusBefore = root.focusLost() ? null : root.activeFocusItem
                stayButton.forceActiveFocus(Qt.TabFocusReason)
                return
            }
            const before = focusBefore
            focusBefore = null
            if (before !== null && before.visible && before.enabled)
                before.forceActiveFocus(Qt.TabFocusReason)
        }
        MouseArea { anchors.fill: parent } // nothing behind it takes a tap
        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width - Theme.margin * 2, Theme.touch * 11)
            height: leaveColumn.implicitHeight + Theme.margin * 2
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.highContrast ? 4 : 0
            border.color: Theme.border
            Column {
                id: leaveColumn
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.gap * 1.5
                Heading {
                    objectName: "leaveQuestion"
                    level: 2
                    width: parent.width
                    text: qsTr("Your answers have not been sent. Leave?")
                }
                Flow {
                    width: parent.width
                    spacing: Theme.gap
                    KButton {
                        id: stayButton
                        objectName: "leaveStay"
                        kind: "primary"
                        text: qsTr("Keep answering")
                        KeyNavigation.tab: confirmButton
                        KeyNavigation.backtab: confirmButton
                        onClicked: VisitorFlow.stayHere()
                    }
                    KButton {
                        id: confirmButton
                        objectName: "leaveConfirm"
                        kind: "secondary"
                        text: qsTr("Yes, leave")
                        KeyNavigation.tab: stayButton
                        KeyNavigation.backtab: stayButton
                        onClicked: VisitorFlow.confirmLeave()
                    }
                }
            }
        }
    }

    // Staff mode: a 3 s hold on the top-left corner (the festival logo), then the PIN pad.
    StaffGesture {
        objectName: "staffGesture"
        anchors.left: parent.left
        anchors.top: parent.top
        z: 97
        enabled: !staffLoader.active
        onTriggered: { VisitorFlow.enterStaffMode(); staffLoader.active = true }
    }
    Loader {
        id: staffLoader
        objectName: "staffLoader"
        anchors.fill: parent
        z: 98 // above the screens and the idle warning's place, below the keyboard (99)
        active: false
        source: "Staff/StaffMode.qml"
        onLoaded: item.keyboardHeight = Qt.binding(() => root.keyboardHeight) // qmllint disable missing-property
    }
    Connections {
        target: Staff
        function onClosed() { staffLoader.active = false; VisitorFlow.leaveStaffMode() }
    }

    Loader { // the accessibility panel, opened by the Aksesibilitas button on any visitor screen
        id: a11yLoader
        anchors.fill: parent // the panel's width follows its parent's
        active: root.started
        asynchronous: true // built a little per frame: no stall while the attract loop plays
        source: "A11yPanel.qml" // a file name, not a type: its Controls import waits too
    }

    Loader {
        id: idleLoader
        anchors.fill: parent
        z: 100 // above the keyboard: the warning must be seen and "Lanjutkan" reachable
        active: root.started
        asynchronous: true
        source: "IdleOverlay.qml"
    }

    Loader { // not sized: a sized Loader would resize the keyboard to itself
        id: keyboardLoader
        z: 99
        active: root.started
        asynchronous: true
        source: "Keyboard.qml"
    }
}
