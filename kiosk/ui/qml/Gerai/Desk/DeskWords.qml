// What the desk says about a booth, a file or a hand-over, in the organizers' words.
// The merge's statuses (kiosk/results/merge/statuses.py) by name: a short label and what
// to do; the merge's own sentence is shown beside them as the detail.
import QtQuick

QtObject {
    function state(name) {
        switch (name) {
        case "file_in": return qsTr("File in")
        case "receipted": return qsTr("Receipt matched")
        case "problem": return qsTr("Problem")
        default: return qsTr("Waiting")
        }
    }

    function status(name) {
        switch (name) {
        case "accepted": return qsTr("Accepted")
        case "extended": return qsTr("Longer copy merged")
        case "duplicate": return qsTr("Already merged")
        case "no_receipt": return qsTr("No closing receipt yet")
        case "content_changed": return qsTr("Content differs from the pack")
        case "incomplete": return qsTr("File shorter than its receipt")
        case "beyond_receipt": return qsTr("Records after the closing receipt")
        case "receipt_mismatch": return qsTr("Changed after its receipt")
        case "receipt_conflict": return qsTr("Receipts contradict each other")
        case "unrostered": return qsTr("Not on the roster")
        case "impostor": return qsTr("Impostor kiosk")
        case "fork": return qsTr("Two differing copies")
        case "chain_broken": return qsTr("Records changed (chain broken)")
        case "other_festival": return qsTr("From another festival")
        case "corrupt": return qsTr("Damaged file")
        case "not_kiosk": return qsTr("Not a booth file")
        case "newer_schema": return qsTr("Made by a newer Gerai")
        case "receipt_incomplete": return qsTr("Fewer records than the receipt")
        case "receipt_no_file": return qsTr("Receipt without a counted file")
        default: return name
        }
    }

    function todo(name) {
        switch (name) {
        case "no_receipt": return qsTr("Photograph the booth's closing receipt, or type or scan it.")
        case "content_changed": return qsTr("Ask the booth why. Its votes count; its content changes do not.")
        case "incomplete":
        case "receipt_incomplete": return qsTr("Ask for the kiosk's last export or its backup and hand it over again.")
        case "beyond_receipt": return qsTr("Nothing to fix: those records are not counted. Ask why the kiosk was used after closing.")
        case "receipt_mismatch": return qsTr("Treat it as tampering: fetch the booth's backup files and hear the booth.")
        case "receipt_conflict": return qsTr("Find out where each photo was taken; set the wrong receipt aside and hand over again.")
        case "unrostered": return qsTr("Find the photo of this kiosk's opening receipt and add it.")
        case "impostor": return qsTr("Treat it as tampering: the real kiosk's file is judged without this one.")
        case "fork": return qsTr("Neither copy counts until a closing receipt decides: find that receipt.")
        case "chain_broken": return qsTr("Nothing of it counts. Ask the booth for its backup file and hand it over; the jury decides about the intact part.")
        case "other_festival": return qsTr("Check the stick: it may hold a file from a rehearsal or another event.")
        case "corrupt": return qsTr("Copy the file again from the kiosk or its backup folder.")
        case "not_kiosk": return qsTr("Ignore it, or hand over the right file.")
        case "newer_schema": return qsTr("Update Gerai on this laptop and hand over again.")
        case "receipt_no_file": return qsTr("Hand over this kiosk's file.")
        default: return ""
        }
    }

    // The merge's and the receipt check's own sentence (record numbers, hashes, paths): kept
    // as written, in English, for the jury and the log; labelled so that it reads as such.
    function technical(detail) {
        return qsTr("Technical note (as the merge wrote it): %1").arg(detail)
    }

    function problem(kind) {
        switch (kind) {
        case "no_files": return qsTr("No booth file in this folder: nothing was taken in.")
        case "copy_stopped": return qsTr("The copy stopped (stick pulled out or disk full). Nothing of it was kept: plug it in and try again.")
        case "not_a_folder": return qsTr("This folder or file does not exist.")
        case "receipt": return qsTr("This is not a receipt. Type or scan the whole GERAI-RECEIPT line or its QR code.")
        case "photo": return qsTr("No receipt could be read from the photo. Take it again: closer, in focus, no glare.")
        case "merge": return qsTr("The merge stopped; nothing was changed.")
        case "disk": return qsTr("The disk refused to write; nothing stored before was lost.")
        default: return qsTr("Something went wrong; see the log.")
        }
    }
}
