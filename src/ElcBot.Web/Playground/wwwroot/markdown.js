// The small part of Markdown that Teams shows in bot messages and card text: bold, italics, links, lists and
// line breaks. Everything else is shown as plain text; HTML in the text is never run.
(function () {
  'use strict';

  function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  function inline(text) {
    let html = escapeHtml(text);
    html = html.replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g, '<a href="$2" target="_blank" rel="noopener noreferrer">$1</a>');
    html = html.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
    html = html.replace(/(^|[\s(])_(.+?)_(?=[\s).,!?;:]|$)/g, '$1<em>$2</em>');
    html = html.replace(/(^|[\s(])\*(?!\s)(.+?)\*(?=[\s).,!?;:]|$)/g, '$1<em>$2</em>');
    return html;
  }

  function toHtml(text) {
    const lines = String(text ?? '').split(/\r?\n/);
    const out = [];
    let list = null;
    for (const line of lines) {
      const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
      const numbered = /^\s*\d+\.\s+(.*)$/.exec(line);
      const kind = bullet ? 'ul' : numbered ? 'ol' : null;
      if (kind !== list) {
        if (list) out.push(`</${list}>`);
        if (kind) out.push(`<${kind}>`);
        list = kind;
      }
      if (kind) {
        out.push(`<li>${inline((bullet || numbered)[1])}</li>`);
      } else if (line.trim() === '') {
        out.push('<br>');
      } else {
        out.push(`<p>${inline(line)}</p>`);
      }
    }
    if (list) out.push(`</${list}>`);
    return out.join('');
  }

  window.ElcMarkdown = { toHtml, escapeHtml };
})();
