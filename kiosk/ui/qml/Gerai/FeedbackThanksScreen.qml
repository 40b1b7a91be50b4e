// Thanks for the feedback, and the way back.
import QtQuick
import Gerai

MessageScreen {
    objectName: "feedbackThanksScreen"
    heading: qsTr("Thank you for your feedback!")
    body: qsTr("It helps this agency improve its services.")
    // Feedback on the booth came from the home screen: back there, not "to the innovations".
    primaryText: VisitorFlow.feedbackOnInnovation ? qsTr("Back to the innovations") : qsTr("Back to home")
    primaryName: "feedbackThanksHome"
    secondaryText: qsTr("Done")
    secondaryName: "feedbackThanksFinish"
    onPrimary: VisitorFlow.showHome()
    onSecondary: VisitorFlow.finish()
}
