package cn.shuangyong.modelcity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.shuangyong.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores the self and review scores of a campaign's indicators, each checked against the indicator's points. */
@Component
class IndicatorScores {

	private final JdbcClient jdbc;

	IndicatorScores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Saves self (or review) scores with their texts; all are checked first and nothing is saved if one is wrong. */
	void save(long campaignId, Standard standard, List<ScoreInput> inputs, boolean review, int maxText) {
		Map<Long, StandardNode> indicators = standard.indicators().stream()
			.collect(Collectors.toMap(StandardNode::id, Function.identity()));
		List<String> problems = new ArrayList<>();
		record Checked(long node, BigDecimal score, String text) {
		}
		List<Checked> checked = new ArrayList<>();
		for (ScoreInput input : inputs) {
			StandardNode indicator = indicators.get(input.indicatorId());
			if (indicator == null) {
				problems.add("指标 " + input.indicatorId() + " 不属于本次考评所用的标准");
				continue;
			}
			String label = "指标 " + indicator.code() + " 的" + (review ? "审核得分" : "自评得分");
			List<String> own = new ArrayList<>();
			BigDecimal score = input.score() == null || input.score().isBlank() ? null
					: Scores.parse(input.score(), indicator.points(), label, own);
			String text = input.text() == null || input.text().isBlank() ? null : input.text().strip();
			if (text != null && text.length() > maxText) {
				own.add("指标 " + indicator.code() + " 的" + (review ? "审核意见" : "证明材料说明") + "不能超过 " + maxText + " 字");
			}
			problems.addAll(own);
			checked.add(new Checked(indicator.id(), score, text));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String set = review ? "review_score = :s, review_comment = :t" : "self_score = :s, evidence_text = :t";
		for (Checked c : checked) {
			int updated = jdbc.sql("update modelcity.indicator_score set " + set + " where campaign_id = :c and node_id = :n")
				.param("s", c.score()).param("t", c.text()).param("c", campaignId).param("n", c.node()).update();
			if (updated == 0) {
				jdbc.sql("insert into modelcity.indicator_score (campaign_id, node_id) values (:c, :n)")
					.param("c", campaignId).param("n", c.node()).update();
				jdbc.sql("update modelcity.indicator_score set " + set + " where campaign_id = :c and node_id = :n")
					.param("s", c.score()).param("t", c.text()).param("c", campaignId).param("n", c.node()).update();
			}
		}
	}

	/** What is missing before the self-assessment (or the review) is complete, one line per indicator. */
	List<String> gaps(long campaignId, Standard standard, boolean review) {
		record Row(long node, BigDecimal self, String evidence, BigDecimal reviewScore, int files) {
		}
		Map<Long, Row> rows = jdbc.sql("""
				select n.id, s.self_score, s.evidence_text, s.review_score,
				  (select count(*) from modelcity.evidence_file f where f.campaign_id = :c and f.node_id = n.id)
				from modelcity.standard_node n
				left join modelcity.indicator_score s on s.node_id = n.id and s.campaign_id = :c
				where n.standard_id = :std and n.kind = 'INDICATOR'""")
			.param("c", campaignId).param("std", standard.id())
			.query((rs, i) -> new Row(rs.getLong(1), rs.getBigDecimal(2), rs.getString(3), rs.getBigDecimal(4), rs.getInt(5)))
			.list().stream().collect(Collectors.toMap(Row::node, Function.identity()));
		List<String> gaps = new ArrayList<>();
		for (StandardNode indicator : standard.indicators()) {
			Row row = rows.get(indicator.id());
			String name = "指标 " + indicator.code() + "“" + indicator.title() + "”";
			if (review) {
				if (row == null || row.reviewScore() == null) {
					gaps.add(name + "：未填写审核得分");
				}
				continue;
			}
			if (row == null || row.self() == null) {
				gaps.add(name + "：未填写自评得分");
			}
			if (row == null || ((row.evidence() == null || row.evidence().isBlank()) && row.files() == 0)) {
				gaps.add(name + "：未提供证明材料（文字说明或附件）");
			}
		}
		return gaps;
	}
}
