package cn.shuangyong.plans;

import java.util.List;

import cn.shuangyong.documents.reading.NoticeReader;
import cn.shuangyong.documents.reading.QuantitativeTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quantitative targets a published item states, as the notice reader found them in its text and the plan
 * stored them: the one reading of targets that supervision counts against.
 */
@Service
@Transactional(readOnly = true)
public class ItemTargets {

	private static final TypeReference<List<QuantitativeTarget>> LIST = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final NoticeReader reader;

	ItemTargets(JdbcClient jdbc, JsonMapper json, NoticeReader reader) {
		this.jdbc = jdbc;
		this.json = json;
		this.reader = reader;
	}

	public List<QuantitativeTarget> of(long itemId) {
		return jdbc.sql("select targets from plans.work_item where id = :i").param("i", itemId).query(String.class)
			.optional().filter(t -> !t.isBlank()).map(t -> json.readValue(t, LIST)).orElse(List.of());
	}

	/** The targets as the plan stores them. */
	String stored(List<QuantitativeTarget> targets) {
		return json.writeValueAsString(targets);
	}

	/** The targets of an item written without a notice (an office's own item, a forward's point), for storing. */
	String readFrom(String text) {
		return stored(reader.readTargets(text));
	}
}
