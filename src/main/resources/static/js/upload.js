/*
 * Upload progress for any <form data-upload-progress enctype="multipart/form-data">: the form is sent
 * with XMLHttpRequest and a <progress> bar shows how much has gone. Without JavaScript, or in a browser
 * without FormData, the form posts as it is; nothing here is needed for the form to work.
 *
 * The form (or, for every form of the page, its <body>) says, in the page's language:
 *   data-upload-sending     "Đang tải lên"                     (followed by the percentage)
 *   data-upload-processing  "Đã gửi xong, đang kiểm tra tệp…"  (sent, the server is checking)
 *   data-upload-failed      "Chưa gửi được tệp…"               (network error)
 *   data-upload-max-bytes   10485760, and data-upload-too-large: a file over it is not sent at all
 *
 * The answer is used as a plain post would be: a redirect (Post/Redirect/Get) is followed; a page
 * with errors replaces the page's <main> and its error summary takes the focus; when the session has
 * ended (401) the form is posted plainly, which leads to the sign-in page.
 */
(function () {
  'use strict';
  if (!window.FormData || !window.XMLHttpRequest || !window.DOMParser || !document.querySelectorAll) {
    return;
  }

  function enhance(root) {
    Array.prototype.forEach.call(root.querySelectorAll('form[data-upload-progress]'), function (form) {
      if (form.getAttribute('data-upload-bound') === 'yes') {
        return;
      }
      form.setAttribute('data-upload-bound', 'yes');
      form.addEventListener('submit', function (event) {
        send(form, event);
      });
    });
  }

  function status(form) {
    var box = form.querySelector('.upload-status');
    if (!box) {
      box = document.createElement('div');
      box.className = 'upload-status';
      box.setAttribute('role', 'status');
      box.setAttribute('aria-live', 'polite');
      var bar = document.createElement('progress');
      bar.max = 100;
      bar.value = 0;
      var text = document.createElement('span');
      text.className = 'upload-status-text';
      text.id = (form.id || 'upload') + '-status-text';
      bar.setAttribute('aria-labelledby', text.id);
      box.appendChild(bar);
      box.appendChild(text);
      form.appendChild(box);
    }
    return {
      show: function (percent, message) {
        var bar = box.querySelector('progress');
        box.hidden = false;
        bar.hidden = percent === null;
        if (percent !== null) {
          bar.value = percent;
        }
        box.querySelector('.upload-status-text').textContent = message;
      }
    };
  }

  function files(form) {
    var all = [];
    Array.prototype.forEach.call(form.querySelectorAll('input[type=file]'), function (input) {
      Array.prototype.forEach.call(input.files || [], function (file) {
        all.push(file);
      });
    });
    return all;
  }

  function send(form, event) {
    // the form's own words, else the page's (the portal's layout puts them on <body> once for every form)
    var text = function (name, fallback) {
      return form.getAttribute('data-upload-' + name) || document.body.getAttribute('data-upload-' + name) || fallback;
    };
    var maxBytes = Number(text('max-bytes', 0));
    var shown = status(form);
    if (maxBytes && files(form).some(function (f) { return f.size > maxBytes; })) {
      event.preventDefault();
      shown.show(null, text('too-large', 'Tệp quá lớn.'));
      return;
    }
    event.preventDefault();
    var data = new FormData(form);
    if (event.submitter && event.submitter.name) {
      data.append(event.submitter.name, event.submitter.value);
    }
    var buttons = form.querySelectorAll('button, input[type=submit]');
    var busy = function (on) {
      Array.prototype.forEach.call(buttons, function (b) { b.disabled = on; });
    };
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        var percent = Math.round(100 * e.loaded / e.total);
        shown.show(percent, text('sending', 'Đang tải lên') + ' ' + percent + '%');
      }
    });
    xhr.upload.addEventListener('load', function () {
      shown.show(100, text('processing', 'Đã gửi xong, đang kiểm tra tệp…'));
    });
    xhr.addEventListener('load', function () {
      if (xhr.status === 401) {
        HTMLFormElement.prototype.submit.call(form);
      } else if (xhr.status >= 200 && xhr.status < 300 && xhr.responseURL && xhr.responseURL !== form.action) {
        window.location.assign(xhr.responseURL);
      } else if (/text\/html/.test(xhr.getResponseHeader('Content-Type') || '') && replaceMain(xhr.responseText)) {
        return;
      } else {
        busy(false);
        shown.show(null, text('failed', 'Chưa gửi được tệp.'));
      }
    });
    xhr.addEventListener('error', function () {
      busy(false);
      shown.show(null, text('failed', 'Chưa gửi được tệp.'));
    });
    busy(true);
    shown.show(0, text('sending', 'Đang tải lên') + ' 0%');
    xhr.send(data);
  }

  /* The answer's <main> in place of ours, as if the page had been loaded: title, forms, focus. */
  function replaceMain(html) {
    var answer = new DOMParser().parseFromString(html, 'text/html');
    var next = answer.querySelector('main');
    var current = document.querySelector('main');
    if (!next || !current) {
      return false;
    }
    current.parentNode.replaceChild(document.importNode(next, true), current);
    if (answer.title) {
      document.title = answer.title;
    }
    enhance(document);
    var target = document.querySelector('main .error-summary') || document.querySelector('main h1');
    if (target) {
      if (!target.hasAttribute('tabindex')) {
        target.setAttribute('tabindex', '-1');
      }
      target.focus();
    }
    return true;
  }

  enhance(document);
}());
