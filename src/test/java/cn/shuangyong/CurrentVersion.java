package cn.shuangyong;

import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What an API client does before it changes a task: it reads the task and names the version it read. Tests that are
 * about something else than concurrent changes use this to act on the version stored when the request is made.
 */
public final class CurrentVersion {

	private CurrentVersion() {
	}

	/** {@code If-Match} with the task's version as stored when the request is performed. */
	public static RequestPostProcessor ofTask(JdbcClient jdbc, long taskId) {
		return request -> {
			int version = jdbc.sql("select version from supervision.task where id = :id").param("id", taskId)
				.query(Integer.class).single();
			request.addHeader(HttpHeaders.IF_MATCH, "\"" + version + "\"");
			return request;
		};
	}
}
