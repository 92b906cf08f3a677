package vn.motcua.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The ways a parameter name can be spelt past a careless check. */
class QueryExpressionFilterTest {

  static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void findsTheNameInTheQueryString_encodedOrInAnyCase() {
    assertThat(
            QueryExpressionFilter.expressionInQuery("maxResults=10&assigneeExpression=%24%7Bx%7D"))
        .contains("assigneeExpression");
    assertThat(QueryExpressionFilter.expressionInQuery("assignee%45xpression=x"))
        .contains("assigneeExpression");
    assertThat(QueryExpressionFilter.expressionInQuery("ASSIGNEEEXPRESSION=x"))
        .contains("ASSIGNEEEXPRESSION");
    assertThat(QueryExpressionFilter.expressionInQuery("dueDateExpression"))
        .contains("dueDateExpression");
    assertThat(
            QueryExpressionFilter.expressionInQuery(
                "assignee=mc.lamthanh&name=Expression&maxResults=10"))
        .isEmpty();
    assertThat(QueryExpressionFilter.expressionInQuery(null)).isEmpty();
  }

  @Test
  void findsTheKeyAtAnyDepthOfAJsonBody_evenWrittenWithEscapes() {
    assertThat(
            QueryExpressionFilter.expressionInJson(
                json(
                    "{\"orQueries\":[{\"processVariables\":[],\"assigneeExpression\":\"${x}\"}]}")))
        .contains("assigneeExpression");
    assertThat(
            QueryExpressionFilter.expressionInJson(
                json("{\"query\":{\"a\":{\"b\":[[{\"candidateUserExpression\":1}]]}}}")))
        .contains("candidateUserExpression");
    assertThat(QueryExpressionFilter.expressionInJson(json("{\"owner\\u0045xpression\":\"${x}\"}")))
        .contains("ownerExpression");
  }

  @Test
  void letsValuesAndOtherBodiesPass() {
    assertThat(
            QueryExpressionFilter.expressionInJson(
                json("{\"name\":\"assigneeExpression\",\"value\":\"${x}\"}")))
        .isEmpty();
    assertThat(QueryExpressionFilter.expressionInJson(json("[\"assigneeExpression\"]"))).isEmpty();
    assertThat(QueryExpressionFilter.expressionInJson(json("not json, the REST layer answers it")))
        .isEmpty();
    assertThat(QueryExpressionFilter.expressionInJson(new byte[0])).isEmpty();
  }
}
