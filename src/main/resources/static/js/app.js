// A refused htmx request answers with a Chinese error fragment aimed at #sy-problem (HX-Retarget): show it there,
// where htmx by default swaps no 4xx or 5xx answer at all and the user would see nothing happen.
document.addEventListener('htmx:beforeSwap', function (event) {
  var xhr = event.detail.xhr;
  if (xhr.status >= 400 && xhr.getResponseHeader('HX-Retarget')) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
// ...and the next request clears it, so a refusal does not stay on the page after the user has moved on.
document.addEventListener('htmx:beforeRequest', function () {
  var problem = document.getElementById('sy-problem');
  if (problem) {
    problem.innerHTML = '';
  }
});

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
