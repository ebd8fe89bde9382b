package cn.shuangyong.portal;

import cn.shuangyong.accounts.DemoAccountList;
import cn.shuangyong.shared.DemoMode;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the platform where to open it and, in demo mode, which accounts to use. */
@Component
class StartupNotice {

	private final DemoMode demo;

	StartupNotice(DemoMode demo) {
		this.demo = demo;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
			return;
		}
		StringBuilder notice = new StringBuilder();
		notice.append("\n双拥工作平台已启动：http://localhost:").append(web.getWebServer().getPort()).append('\n');
		if (demo.enabled()) {
			notice.append("演示模式，以下账号的密码均为 Demo@2020：\n");
			DemoAccountList.accounts().forEach(a -> notice.append(String.format("  %-12s %s%n", a.username(), a.who())));
		}
		// UTF-8 whatever the locale of the terminal that started the platform
		var out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
				java.nio.charset.StandardCharsets.UTF_8);
		out.println(notice);
	}
}
