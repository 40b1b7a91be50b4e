// Editing one innovation in one language: title, summary, story and link. Saved with one tap.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gerai

ColumnLayout {
    id: form
    objectName: "textForm"
    property string lang: "id"
    readonly property var current: Staff.editor.current
    spacing: Theme.gap / 2

    // What the preview shows: the saved innovation with the words as typed right now.
    readonly property var draft: Object.assign({}, current, {
        title: title.text, summary: summary.text, story: story.text, url: url.text,
        photos: (current.photos || []).map(p => p.url), captions: []
    })

    function load() {
        const t = current.texts || {}
        title.text = t["title_" + lang] || ""
        summary.text = t["summary_" + lang] || ""
        story.text = t["story_" + lang] || ""
        url.text = current.url || ""
    }
    // The keyboard takes the lower part of the screen: bring the field being typed into view.
    function reveal(field) {
        Qt.callLater(() => { scroller.contentY = Math.max(0, Math.min(field.y, scroller.contentHeight - scroller.height)) })
    }
    onCurrentChanged: load()
    onLangChanged: load()
    Component.onCompleted: load()

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap / 2
        KButton {
            objectName: "langId"
            Layout.fillWidth: true
            kind: form.lang === "id" ? "primary" : "secondary"
            text: "Indonesia"
            onClicked: form.lang = "id"
        }
        KButton {
            objectName: "langEn"
            Layout.fillWidth: true
            kind: form.lang === "en" ? "primary" : "secondary"
            text: "English"
            onClicked: form.lang = "en"
        }
    }

    Flickable {
        id: scroller
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        contentHeight: fields.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn; width: 14 }

        ColumnLayout {
            id: fields
            width: scroller.width - 24
            spacing: Theme.gap / 2
            Field { id: title; onFocused: form.reveal(title); objectName: "titleField"; Layout.fillWidth: true; label: "Judul"; multiLine: true; lines: 2 }
            Field { id: summary; onFocused: form.reveal(summary); objectName: "summaryField"; Layout.fillWidth: true; label: "Ringkasan"; multiLine: true; lines: 3 }
            Field { id: story; onFocused: form.reveal(story); objectName: "storyField"; Layout.fillWidth: true; label: "Cerita lengkap"; multiLine: true; lines: 5 }
            Field { id: url; onFocused: form.reveal(url); objectName: "urlField"; Layout.fillWidth: true; label: "Tautan untuk kode QR (https://…)"; maxLength: 500 }

        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap / 2
        KButton {
            objectName: "saveTexts"
            Layout.fillWidth: true
            kind: "accent"
            text: "Simpan"
            onClicked: { InputMethod.hide(); Staff.editor.saveTexts(form.lang, title.text, summary.text, story.text, url.text) }
        }
        KButton {
            objectName: "undoTexts"
            Layout.fillWidth: true
            kind: "secondary"
            text: "Batalkan"
            onClicked: { InputMethod.hide(); form.load() }
        }
    }
}
