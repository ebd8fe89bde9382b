package cn.shuangyong.beneficiaries.importing;

/**
 * One problem or warning of one row: the column as the file heads it (null for the row as a whole) and the reason,
 * a Chinese sentence.
 */
record RowProblem(String column, String reason) {
}
