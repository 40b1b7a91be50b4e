// The scroll bar of a list longer than its place (the survey's demographics, a booth's
// innovations on the map): wide enough to see and to drag, shown only while there is
// more than the place holds.
import QtQuick
import QtQuick.Controls.Basic
import Gerai

ScrollBar {
    property bool more: false // the list is longer than its place
    policy: more ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
    width: Theme.gap
    contentItem: Rectangle {
        implicitWidth: Theme.gap
        radius: width / 2
        color: Theme.borderStrong // 3.4:1 on the page
    }
}
