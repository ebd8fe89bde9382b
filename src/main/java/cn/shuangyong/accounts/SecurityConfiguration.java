package cn.shuangyong.accounts;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Pages sign in with a form and keep a session; the JSON API takes HTTP Basic or that same session. The same
 * authorisation rules hold for both, and for exports.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityPolicy.class)
class SecurityConfiguration {

	/** Scripts and styles only from the platform itself; no inline script, no framing. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(10);
	}

	@Bean
	AccountAuthenticationProvider accountAuthenticationProvider(AccountDetailsService details, PasswordEncoder encoder,
			AccountStore accounts, SecurityPolicy policy, Clock clock, cn.shuangyong.shared.DemoMode demo) {
		return new AccountAuthenticationProvider(details, encoder, accounts, policy, clock, demo);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(AdministratorPaths.OWN_WORK).authenticated()
				.anyRequest().access(AdministratorPaths.businessUsers()))
			.httpBasic(basic -> basic.realmName("shuangyong").authenticationDetailsSource(LoginDetails::new)
				.authenticationEntryPoint(problems::unauthorized)
				.securityContextRepository(new AdministratorSessions()))
			// a Basic call carries its credentials itself, checked on every call; a call on the page's session needs
			// the CSRF token, whatever other Authorization header it brings
			.securityContext(context -> context.securityContextRepository(new BasicCredentials()))
			.csrf(csrf -> csrf.ignoringRequestMatchers(BasicCredentials::carried))
			// no session policy set here: setting one, even the default, makes Spring Security add its session
			// management filter, which kept every Basic call's sign-in in a new session (AdministratorSessions decides)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			.addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class)
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, cn.shuangyong.audit.DeniedRequests denied,
			org.springframework.context.MessageSource texts, org.springframework.web.servlet.LocaleResolver locales)
			throws Exception {
		SignInRequired signIn = new SignInRequired(texts, locales);
		http.authorizeHttpRequests(requests -> requests
				// /setup answers only while no administrator exists, and acts only with the console's setup token
				.requestMatchers("/login", "/setup", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/favicon.svg", "/error",
						"/actuator/health", "/actuator/health/**")
				.permitAll()
				// the wall of a placement round by its public link, an unguessable key (issue #18): names masked
				.requestMatchers("/placement/wall/*", "/placement/wall/*/live")
				.permitAll()
				.requestMatchers(AdministratorPaths.OWN_WORK).authenticated()
				.anyRequest().access(AdministratorPaths.businessUsers()))
			.formLogin(form -> form.loginPage("/login").authenticationDetailsSource(LoginDetails::new)
				.failureUrl("/login?error").defaultSuccessUrl("/", false))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("SESSION"))
			// a form without a valid CSRF token: refused with the 403 page, and recorded; unless its session ended,
			// when the user is sent to sign in again
			.exceptionHandling(errors -> errors.authenticationEntryPoint(signIn).accessDeniedHandler((request, response, e) -> {
				if (signIn.answeredEndedSession(request, response, e)) {
					return;
				}
				denied.record(request, e.getMessage());
				new org.springframework.security.web.access.AccessDeniedHandlerImpl().handle(request, response, e);
			}))
			.addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class)
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	private static void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny())
			.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true));
	}
}
