package cn.shuangyong.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.accounts.AccountAdministration;
import cn.shuangyong.accounts.CreateAccount;
import cn.shuangyong.accounts.Role;
import cn.shuangyong.shared.Paging;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Messages to a unit's staff through the inbox, e-mail (to an SMTP server in this process) and an HTTP messaging
 * gateway (a small server here that refuses or accepts), with each delivery recorded.
 */
@PlatformTest
@TestPropertySource(properties = { "shuangyong.notifications.mail.from=shuangyong@yunnan.example",
		"shuangyong.notifications.max-attempts=2", "shuangyong.notifications.retry-delay=PT0S",
		"shuangyong.notifications.base-url=https://shuangyong.yunnan.example",
		"shuangyong.notifications.sweep-delay=PT1H", "shuangyong.supervision.escalation.initial-delay=PT24H" })
class NotificationsTests {

	static final GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static final Gateway gateway = new Gateway();

	static {
		smtp.start();
	}

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("shuangyong.notifications.gateway.url", () -> gateway.url());
		registry.add("shuangyong.notifications.gateway.token", () -> "secret-token");
	}

	@AfterAll
	static void stop() {
		smtp.stop();
		gateway.server.stop(0);
	}

	@Autowired
	Notifications notifications;

	@Autowired
	DeliveryDispatcher dispatcher;

	@Autowired
	Inbox inbox;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Demo demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void sendsMailThroughSmtp() throws Exception {
		gateway.answer = 200;
		String user = account(Demo.WUHUA_OFFICE, "13800001234", "wuhua.liaison@yunnan.example");
		long message = notifications.send(message(Demo.WUHUA_OFFICE, "催办：云拥办督〔2020〕7号"));
		await().atMost(Duration.ofSeconds(20)).until(() -> state(message, "EMAIL", user).equals("SENT"));
		MimeMessage mail = List.of(smtp.getReceivedMessages()).stream()
			.filter(m -> subject(m).contains("云拥办督〔2020〕7号") && to(m).equals("wuhua.liaison@yunnan.example"))
			.findFirst().orElseThrow();
		assertThat(mail.getFrom()[0].toString()).isEqualTo("shuangyong@yunnan.example");
		assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
		assertThat(jdbc.sql("select attempts from notifications.delivery where message_id = :m and channel = 'EMAIL' and username = :u")
			.param("m", message).param("u", user).query(Integer.class).single()).isEqualTo(1);

		await().atMost(Duration.ofSeconds(20)).until(() -> state(message, "SMS", user).equals("SENT"));
		assertThat(gateway.received).anySatisfy(body -> assertThat(body).contains("\"phone\":\"13800001234\"",
				"云拥办督〔2020〕7号", "https://shuangyong.yunnan.example/supervision/tasks/1"));
		assertThat(gateway.authorizations).contains("Bearer secret-token");
		assertThat(state(message, "INBOX", user)).isEqualTo("SENT");
	}

	@Test
	void recordsFailedDelivery() {
		gateway.answer = 500;
		String user = account(Demo.KUNMING_OFFICE, "13800005678", null);
		long message = notifications.send(message(Demo.KUNMING_OFFICE, "提醒：云拥办督〔2020〕8号"));
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatcher.dispatchDue();
			return state(message, "SMS", user).equals("FAILED");
		});
		record Row(String state, int attempts, String error, boolean attempted) {
		}
		Row sms = jdbc.sql("""
				select state, attempts, last_error, last_attempt_at is not null from notifications.delivery
				where message_id = :m and channel = 'SMS' and username = :u""")
			.param("m", message).param("u", user)
			.query((rs, i) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4))).single();
		assertThat(sms).isEqualTo(new Row("FAILED", 2, "短信网关返回 HTTP 500：gateway refused", true));
		assertThat(dispatcher.dispatchDue()).as("no attempt after the last one").isZero();
		Row mail = jdbc.sql("""
				select state, attempts, last_error, last_attempt_at is not null from notifications.delivery
				where message_id = :m and channel = 'EMAIL' and username = :u""")
			.param("m", message).param("u", user)
			.query((rs, i) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4))).single();
		assertThat(mail).isEqualTo(new Row("FAILED", 0, "该账号未登记电子邮箱", false));
	}

	@Test
	void theInboxCountsUnreadAndOnlyItsOwnerMarksRead() throws Exception {
		String user = account(Demo.WUHUA_OFFICE, null, null);
		var owner = demo.signedIn(user);
		int before = inbox.unread(owner);
		long message = notifications.send(message(Demo.WUHUA_OFFICE, "督办：云拥办督〔2020〕9号"));
		await().atMost(Duration.ofSeconds(20)).until(() -> state(message, "INBOX", user).equals("SENT"));
		assertThat(inbox.unread(owner)).isEqualTo(before + 1);
		Inbox.InboxEntry entry = inbox.of(owner, Paging.first()).content().get(0);
		assertThat(entry.subject()).isEqualTo("督办：云拥办督〔2020〕9号");
		assertThat(entry.unread()).isTrue();
		mvc.perform(post("/notifications/inbox/{id}/read", entry.id()).with(demo.as("yunnan")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(inbox.unread(owner)).as("someone else cannot mark it read").isEqualTo(before + 1);
		inbox.markRead(entry.id(), owner);
		assertThat(inbox.unread(owner)).isEqualTo(before);
		assertThat(inbox.of(owner, Paging.first()).content().get(0).unread()).isFalse();
		mvc.perform(get("/notifications/inbox/unread").with(demo.as("yunnan"))).andExpect(status().isOk());
	}

	@Test
	void theOfficeSeesDeliveriesAndLiaisonsDoNot() throws Exception {
		String user = account(Demo.WUHUA_OFFICE, "13800009999", "masked@yunnan.example");
		long message = notifications.send(message(Demo.WUHUA_OFFICE, "催办：云拥办督〔2020〕10号"));
		await().atMost(Duration.ofSeconds(20)).until(() -> !state(message, "INBOX", user).equals("QUEUED"));
		mvc.perform(get("/notifications/messages").param("task", "1").with(demo.as("yunnan")))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("云拥办督〔2020〕10号")));
		mvc.perform(get("/notifications/messages/{id}", message).with(demo.as("yunnan"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("m***@yunnan.example")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("138****9999")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("13800009999"))));
		mvc.perform(get("/notifications/messages/{id}", message).with(demo.as("chuxiong"))).andExpect(status().isNotFound());
		mvc.perform(get("/notifications/messages").with(demo.as("xuanchuan"))).andExpect(status().isForbidden());
	}

	private NewMessage message(String unitKey, String subject) {
		long unit = demo.unitId(unitKey);
		return new NewMessage("CUI_BAN", subject, "请抓紧办理第26项工作任务。", "/supervision/tasks/1", null, 1L, null,
				demo.unitId(Demo.PROVINCE_OFFICE), "53", List.of(unit));
	}

	private String account(String unitKey, String phone, String email) {
		String name = "notify" + System.nanoTime() % 1_000_000;
		accounts.create(new CreateAccount(name, "通知测试", demo.unitId(unitKey), Role.LIAISON, phone, email,
				Demo.NEW_PASSWORD), demo.signedIn("secadmin"));
		return name;
	}

	private String state(long message, String channel, String username) {
		return jdbc.sql("select state from notifications.delivery where message_id = :m and channel = :c and username = :u")
			.param("m", message).param("c", channel).param("u", username).query(String.class).optional().orElse("NONE");
	}

	private static String to(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A messaging gateway that answers with the status set, keeping what it was sent. */
	static final class Gateway {

		final HttpServer server;

		final List<String> received = new CopyOnWriteArrayList<>();

		final List<String> authorizations = new CopyOnWriteArrayList<>();

		volatile int answer = 200;

		Gateway() {
			try {
				server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			server.createContext("/sms", exchange -> {
				received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
				byte[] body = (answer == 200 ? "{\"ok\":true}" : "gateway refused").getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(answer, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.start();
		}

		String url() {
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
		}
	}
}
