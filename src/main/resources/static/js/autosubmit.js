// Submits a filter form as soon as one of its <select data-autosubmit> changes (no inline handlers: the CSP forbids them).
document.addEventListener('change', function (e) {
  if (e.target.matches && e.target.matches('select[data-autosubmit]') && e.target.form) {
    e.target.form.submit();
  }
});
