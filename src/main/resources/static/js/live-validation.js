/*
 * Live validation for any <form data-live-validation>: when the citizen leaves a field, the same
 * simple checks the server makes (required, pattern, number range) are shown at once, in the page's
 * words, with the message tied to the field (aria-describedby) and the field marked aria-invalid.
 * The server still checks everything; without JavaScript nothing changes.
 *
 * The form gives the words, with {0} for the field's label and {1} for a bound:
 *   data-msg-required, data-msg-pattern, data-msg-min, data-msg-max
 * A field gives its pattern in data-pattern (a JavaScript regular expression), its bounds in min/max.
 */
(function () {
  'use strict';
  if (!document.querySelectorAll || !window.RegExp) {
    return;
  }

  function label(field) {
    var found = field.id && document.querySelector('label[for="' + field.id + '"]');
    var first = found && found.querySelector('span');
    return ((first || found) ? (first || found).textContent : field.name).replace(/\s*\*\s*$/, '').trim();
  }

  function words(form, name, field, bound) {
    return (form.getAttribute('data-msg-' + name) || '').replace('{0}', label(field)).replace('{1}', bound);
  }

  function problem(form, field) {
    var value = (field.value || '').trim();
    if (value === '') {
      return field.getAttribute('aria-required') === 'true' ? words(form, 'required', field) : null;
    }
    var pattern = field.getAttribute('data-pattern');
    if (pattern && !new RegExp(pattern).test(value)) {
      return words(form, 'pattern', field);
    }
    if (field.type === 'number') {
      var number = Number(value.replace(',', '.'));
      if (field.min !== '' && number < Number(field.min)) {
        return words(form, 'min', field, field.min);
      }
      if (field.max !== '' && number > Number(field.max)) {
        return words(form, 'max', field, field.max);
      }
    }
    return null;
  }

  function show(field, message) {
    var id = field.id + '-live';
    var shown = document.getElementById(id);
    var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(function (x) {
      return x && x !== id;
    });
    if (!message) {
      if (shown) {
        shown.parentNode.removeChild(shown);
      }
      field.setAttribute('aria-describedby', described.join(' '));
      if (!document.getElementById(field.id + '-error')) {
        field.removeAttribute('aria-invalid');
      }
      return;
    }
    if (!shown) {
      shown = document.createElement('p');
      shown.className = 'error';
      shown.id = id;
      field.parentNode.insertBefore(shown, field);
    }
    shown.textContent = message;
    described.push(id);
    field.setAttribute('aria-describedby', described.join(' '));
    field.setAttribute('aria-invalid', 'true');
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-live-validation]'), function (form) {
    form.addEventListener('blur', function (event) {
      var field = event.target;
      if (field && field.id && (field.tagName === 'INPUT' || field.tagName === 'TEXTAREA') && field.type !== 'radio'
          && field.type !== 'checkbox' && field.type !== 'file' && field.type !== 'password') {
        show(field, problem(form, field));
      }
    }, true);
  });
})();
