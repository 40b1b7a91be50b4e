// The kiosk window: the current screen, the bar above it, the idle warning and the keyboard.
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import "staff"

Window {
    id: root
    objectName: "kioskWindow"
    width: 1920
    height: 1080
    color: theme.background
    title: "Gerai"
    onWidthChanged: theme.setSize(width, height)
    onHeightChanged: theme.setSize(width, height)
    Component.onCompleted: {
        theme.setSize(width, height)
        if (root.setupOnStart && staff.needsSetup) { flow.enterStaffMode(); staffLoader.active = true }
    }
    property bool setupOnStart: false // `kiosk run`: a booth with no PIN opens staff set-up
    // Kiosk (fullscreen) mode: the window closes only when staff chose "exit".
    property bool kioskMode: false
    onClosing: (close) => { close.accepted = !root.kioskMode || staff.exitAllowed }

    readonly property var screenFiles: ({
        attract: "AttractScreen.qml",
        home: "HomeScreen.qml",
        detail: "DetailScreen.qml",
        voteThanks: "VoteThanksScreen.qml",
        feedback: "FeedbackScreen.qml",
        feedbackThanks: "FeedbackThanksScreen.qml",
        goodbye: "GoodbyeScreen.qml",
        map: "MapScreen.qml",
        staffCall: "StaffCallScreen.qml",
        survey: "SurveyScreen.qml",
        surveyThanks: "SurveyThanksScreen.qml"
    })
    readonly property bool barShown: ["attract", "goodbye", "staffCall"].indexOf(flow.screen) < 0

    Item {
        id: page
        anchors.fill: parent
        anchors.bottomMargin: keyboard.active ? keyboard.height : 0

        TopBar {
            id: bar
            visible: root.barShown
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            height: visible ? implicitHeight : 0
            showHome: flow.screen !== "home"
            showMap: flow.screen !== "map"
        }
        Loader {
            id: screenLoader
            objectName: "screenLoader"
            anchors.top: bar.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            source: root.screenFiles[flow.screen]
            onSourceChanged: Qt.inputMethod.hide()
        }
    }

    // Staff mode: a 3 s hold on the top-left corner (the festival logo), then the PIN pad.
    StaffGesture {
        objectName: "staffGesture"
        anchors.left: parent.left
        anchors.top: parent.top
        z: 97
        enabled: !staffLoader.active
        onTriggered: { flow.enterStaffMode(); staffLoader.active = true }
    }
    Loader {
        id: staffLoader
        objectName: "staffLoader"
        anchors.fill: parent
        z: 98 // above the screens and the idle warning's place, below the keyboard (99)
        active: false
        source: "staff/StaffMode.qml"
        onLoaded: item.keyboardHeight = Qt.binding(() => keyboard.active ? keyboard.height : 0)
    }
    Connections {
        target: staff
        function onClosed() { staffLoader.active = false; flow.leaveStaffMode() }
    }

    A11yPanel {} // opened by the Aksesibilitas button on any visitor screen

    IdleOverlay {
        anchors.fill: parent
        visible: flow.idleWarning
        z: 100 // above the keyboard: the warning must be seen and "Lanjutkan" reachable
        onVisibleChanged: if (visible) Qt.inputMethod.hide()
    }

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: flow.lang === "en" ? "en_US" : "id_ID"
    }

    InputPanel {
        id: keyboard
        objectName: "inputPanel"
        z: 99
        width: Math.min(root.width, Math.max(root.height * 1.1, 720)) // its height follows its width
        anchors.horizontalCenter: parent.horizontalCenter
        y: active ? root.height - height : root.height
        visible: active
    }
}
