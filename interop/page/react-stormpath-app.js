// react-stormpath's own RegistrationForm, same origin as the server it talks
// to (the framework dialect: /register, /login, /me). Its success and error
// callbacks are written to #outcome; the redirect after login is not followed.
/* global React, ReactDOM, ReactStormpath */
(function () {
  "use strict";
  var outcome = document.getElementById("outcome");
  var report = { success: [], errors: [] };
  window.__interop = report;
  function show() {
    outcome.textContent = JSON.stringify(report);
  }
  ReactStormpath.init({});
  ReactDOM.render(
    React.createElement(ReactStormpath.RegistrationForm, {
      onSubmitSuccess: function (event) {
        report.success.push({
          status: event.result && event.result.status,
          email: event.data.email,
        });
        show();
      },
      onSubmitError: function (event, next) {
        report.errors.push({ message: event.error.message, status: event.error.status });
        show();
        next();
      },
    }),
    document.getElementById("root"),
  );
})();
