/*
 * Keyboard access to the rich-text editors (PrimeFaces' p:textEditor, which is Quill).
 * - Tab and Shift+Tab leave the editor, as in any other field, instead of typing a tab character
 *   (WCAG 2.1.2, no keyboard trap). The editor's hint, read out with it, says so.
 * - A page opened to edit a section puts the caret at the end of that section's text and scrolls
 *   to it, rather than leaving focus at the top of the page.
 * Both are applied as each editor is built, which PrimeFaces does after this script has run.
 */
(function () {
    "use strict";

    function releaseTab(quill) {
        quill.keyboard.bindings.Tab = [];
        quill.keyboard.bindings[9] = [];
        var hint = document.getElementById("editor-keys");
        if (hint) {
            quill.root.setAttribute("aria-describedby", hint.id);
        }
    }

    function focusIfOpenedForEditing(widget) {
        var panel = document.getElementById("editor-panel");
        if (panel && panel.contains(widget.jq[0])) {
            var quill = widget.editor;
            panel.scrollIntoView({block: "start"});
            quill.focus();
            quill.setSelection(Math.max(quill.getLength() - 1, 0), 0);
        }
    }

    var TextEditor = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.TextEditor;
    if (!TextEditor) {
        return;
    }
    var render = TextEditor.prototype._render;
    TextEditor.prototype._render = function () {
        render.apply(this, arguments);
        releaseTab(this.editor);
        var widget = this;
        setTimeout(function () {
            focusIfOpenedForEditing(widget);
        }, 0);
    };
})();

/*
 * A score shown beside its likelihood and impact (data-score-of="likelihoodId impactId") follows
 * them as soon as either changes, and shows what the form holds after a refused save. Each option's
 * label starts with its points ("5 – Almost certain").
 */
(function () {
    "use strict";

    function points(select) {
        var option = select && select.options[select.selectedIndex];
        return option ? parseInt(option.text, 10) : NaN;
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("[data-score-of]").forEach(function (score) {
            var fields = score.getAttribute("data-score-of").split(" ").map(function (id) {
                return document.getElementById(id);
            });
            function update() {
                var product = points(fields[0]) * points(fields[1]);
                if (!isNaN(product)) {
                    score.textContent = String(product);
                }
            }
            fields.forEach(function (field) {
                if (field) {
                    field.addEventListener("change", update);
                }
            });
            update();
        });
    });
})();

/*
 * A problem listed at the top of the page links to the field or heading it is shown beside: the
 * link moves the keyboard focus there too, not only the view, so the next key press acts on it.
 */
(function () {
    "use strict";

    document.addEventListener("click", function (event) {
        var link = event.target.closest && event.target.closest("[data-focus-target]");
        var target = link && document.getElementById(link.getAttribute("data-focus-target"));
        if (!target) {
            return;
        }
        event.preventDefault();
        if (target.tabIndex < 0 && !/^(INPUT|SELECT|TEXTAREA|BUTTON|A)$/.test(target.tagName)) {
            target.setAttribute("tabindex", "-1");
        }
        target.scrollIntoView({block: "center"});
        target.focus();
    });
})();
