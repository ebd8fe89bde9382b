package cn.shuangyong.supervision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** API calls as a demo account, and the unit a demo account works in. */
record Calls(MockMvc mvc, JdbcClient jdbc) {

	ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.with(httpBasic(user, "Demo@2020")));
	}

	long unitOf(String user) {
		return jdbc.sql("select unit_id from accounts.account where username_key = lower(:u)").param("u", user)
			.query(Long.class).single();
	}

	String json(Object... keyValues) {
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < keyValues.length; i += 2) {
			json.append(i == 0 ? "" : ",").append('"').append(keyValues[i]).append("\":\"").append(keyValues[i + 1])
				.append('"');
		}
		return json.append('}').toString();
	}
}
