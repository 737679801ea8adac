// Teams' own file cards, which are not Adaptive Cards: the consent card (may the bot send you this file?) and
// the file info card that links to the file once it is sent.
(function () {
  'use strict';

  function fileSize(bytes) {
    return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} bytes`;
  }

  /** onAnswer(answer, box) is called with "accept" or "decline". */
  function consent(attachment, onAnswer) {
    const box = document.createElement('div');
    box.className = 'card file-card file-consent';
    box.innerHTML = '<strong class="file-name"></strong><p></p><small></small><div class="file-actions"><button type="button" data-answer="accept">Allow</button><button type="button" data-answer="decline">Decline</button></div>';
    box.querySelector('.file-name').textContent = attachment.name || 'A file';
    box.querySelector('p').textContent = (attachment.content && attachment.content.description) || '';
    box.querySelector('small').textContent = attachment.content && attachment.content.sizeInBytes ? fileSize(attachment.content.sizeInBytes) : '';
    for (const button of box.querySelectorAll('button')) {
      button.addEventListener('click', () => onAnswer(button.dataset.answer, box));
    }
    return box;
  }

  function info(attachment) {
    const box = document.createElement('div');
    box.className = 'card file-card';
    const link = document.createElement('a');
    link.className = 'file-link';
    link.textContent = attachment.name || 'Download the file';
    // Only web addresses become links; anything else stays plain text.
    const url = new URL(attachment.contentUrl || '', location.origin);
    if (url.protocol === 'http:' || url.protocol === 'https:') link.href = url.href;
    link.setAttribute('download', attachment.name || '');
    box.append(link);
    return box;
  }

  window.FileCards = { consent, info };
})();
