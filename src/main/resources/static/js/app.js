// htmx requests carry the CSRF token of the page, like the forms do.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Enter in a picker's search box (region, household) picks nothing and must not send the form around it.
document.addEventListener('keydown', function (event) {
  if (event.key === 'Enter' && event.target.matches && event.target.matches('[data-picker-query]')) {
    event.preventDefault();
  }
});
