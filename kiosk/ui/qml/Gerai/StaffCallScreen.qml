// Shown when a record could not be saved: never a false "thank you".
import QtQuick

MessageScreen {
    showLang: true
    showLanguages: true // whoever comes next may read it in their language
    objectName: "staffCallScreen"
    heading: qsTr("Please call a staff member")
    body: qsTr("Sorry, something needs attention at this kiosk. The booth staff will help you.")
}
