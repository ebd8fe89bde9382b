package cn.shuangyong.accounts;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At each start of an installation that has no administrator yet: a fresh setup token, printed to the console of
 * whoever started the platform and to no log, since log files travel further than a console.
 */
@Component
class SetupTokenNotice {

	private final FirstAdministrators first;

	SetupTokenNotice(FirstAdministrators first) {
		this.first = first;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		first.issueToken().ifPresent(token -> {
			// UTF-8 whatever the locale of the terminal that started the platform
			PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
			out.println("\n平台尚无管理员。请在浏览器中打开 /setup，用以下一次性设置令牌创建系统管理员、安全管理员和审计管理员"
					+ "（" + first.validity().toMinutes() + " 分钟内有效，用过即失效；过期后重新启动平台可取得新令牌）：\n"
					+ "  设置令牌：" + token + "\n");
		});
	}
}
