package cn.shuangyong.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A messaging gateway reached over HTTP: POSTs {@code {"phone": …, "text": …}} as JSON to
 * {@code shuangyong.notifications.gateway.url}; any 2xx answer counts as accepted, anything else as a failure with the
 * status and the start of the answer kept.
 */
@Component
@ConditionalOnProperty("shuangyong.notifications.gateway.url")
class HttpTextGateway implements TextGateway {

	private final NotificationSettings.Gateway settings;

	private final HttpClient client;

	private final JsonMapper json = JsonMapper.builder().build();

	HttpTextGateway(NotificationSettings settings) {
		this.settings = settings.gateway();
		this.client = HttpClient.newBuilder().connectTimeout(this.settings.timeout()).build();
	}

	@Override
	public void send(String phone, String text) throws DeliveryFailedException {
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("phone", phone);
		payload.put("text", text);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.url())).timeout(settings.timeout())
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(payload)));
		if (settings.token() != null && !settings.token().isBlank()) {
			request.header("Authorization", "Bearer " + settings.token());
		}
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				String answer = response.body() == null ? "" : response.body().strip();
				throw new DeliveryFailedException("短信网关返回 HTTP " + response.statusCode()
						+ (answer.isEmpty() ? "" : "：" + answer.substring(0, Math.min(200, answer.length()))));
			}
		}
		catch (IOException e) {
			throw new DeliveryFailedException("无法连接短信网关：" + MailChannel.rootMessage(e), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DeliveryFailedException("发送被中断", e);
		}
	}
}
