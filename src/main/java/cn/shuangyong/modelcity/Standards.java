package cn.shuangyong.modelcity;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the versions of the assessment standard. Standards are public knowledge: every signed-in user reads them. */
@Service
@Transactional(readOnly = true)
public class Standards {

	private final JdbcClient jdbc;

	Standards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest published version, which new campaigns start on. */
	public Optional<Standard> current() {
		return jdbc.sql("select id from modelcity.standard where state = 'PUBLISHED' order by version_no desc limit 1")
			.query(Long.class).optional().map(this::load);
	}

	public Optional<Standard> draft() {
		return jdbc.sql("select id from modelcity.standard where state = 'DRAFT'").query(Long.class).optional()
			.map(this::load);
	}

	public Standard find(long id) {
		return jdbc.sql("select id from modelcity.standard where id = :id").param("id", id).query(Long.class).optional()
			.map(this::load).orElseThrow(() -> new NotFoundException("考评标准不存在"));
	}

	/** All versions, newest first. */
	public List<Standard> all() {
		return jdbc.sql("select id from modelcity.standard order by version_no desc").query(Long.class).list().stream()
			.map(this::load).toList();
	}

	private Standard load(long id) {
		record Head(long id, int versionNo, String title, String source, String state, Long basedOn, Timestamp published,
				int version) {
		}
		Head head = jdbc.sql("""
				select id, version_no, title, source_note, state, based_on, published_at, version from modelcity.standard
				where id = :id""").param("id", id)
			.query((rs, i) -> new Head(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
					(Long) rs.getObject(6), rs.getTimestamp(7), rs.getInt(8)))
			.single();
		record Row(long id, Long parent, NodeKind kind, int position, String title, BigDecimal points, String evidence,
				String scoring) {
		}
		List<Row> rows = jdbc.sql("""
				select id, parent_id, kind, position, title, points, evidence, scoring from modelcity.standard_node
				where standard_id = :id order by position, id""").param("id", id)
			.query((rs, i) -> new Row(rs.getLong(1), (Long) rs.getObject(2), NodeKind.valueOf(rs.getString(3)),
					rs.getInt(4), rs.getString(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8)))
			.list();
		Map<Long, List<Row>> byParent = new LinkedHashMap<>();
		rows.forEach(r -> byParent.computeIfAbsent(r.parent() == null ? 0L : r.parent(), k -> new ArrayList<>()).add(r));
		List<StandardNode> areas = new ArrayList<>();
		int a = 0;
		for (Row area : byParent.getOrDefault(0L, List.of())) {
			a++;
			List<StandardNode> indicators = new ArrayList<>();
			int n = 0;
			for (Row indicator : byParent.getOrDefault(area.id(), List.of())) {
				n++;
				List<StandardNode> subpoints = new ArrayList<>();
				int s = 0;
				for (Row sub : byParent.getOrDefault(indicator.id(), List.of())) {
					s++;
					subpoints.add(new StandardNode(sub.id(), sub.parent(), sub.kind(), sub.position(), a + "." + n + "." + s,
							sub.title(), sub.points(), sub.evidence(), sub.scoring(), List.of()));
				}
				indicators.add(new StandardNode(indicator.id(), indicator.parent(), indicator.kind(), indicator.position(),
						a + "." + n, indicator.title(), indicator.points(), indicator.evidence(), indicator.scoring(),
						subpoints));
			}
			BigDecimal points = indicators.stream().map(StandardNode::points).reduce(BigDecimal.ZERO, BigDecimal::add);
			areas.add(new StandardNode(area.id(), null, area.kind(), area.position(), Integer.toString(a), area.title(),
					points, area.evidence(), area.scoring(), indicators));
		}
		List<VetoItem> vetoes = jdbc.sql("select id, position, text, basis from modelcity.veto_item where standard_id = :id order by position, id")
			.param("id", id).query((rs, i) -> new VetoItem(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
			.list();
		return new Standard(head.id(), head.versionNo(), head.title(), head.source(), "PUBLISHED".equals(head.state()),
				head.basedOn(), head.published() == null ? null : head.published().toInstant(), areas, vetoes,
				head.version());
	}
}
