package cn.shuangyong.modelcity;

/**
 * A score typed for one indicator, with its text: the evidence description on a self-assessment, the comment on a
 * review. A blank score leaves the indicator unscored for now.
 */
public record ScoreInput(long indicatorId, String score, String text) {
}
