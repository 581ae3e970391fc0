package org.consortia.riskforms;

import java.util.List;
import java.util.Optional;

/** The risk management forms of the framework, with their questions word for word. */
public enum RiskForm {

    /** Appendix C. */
    MANAGING_RISK_AND_OPPORTUNITY("checklist", "Managing Risk and Opportunity Checklist",
            List.of("Are the risks and opportunities associated with working with other organisations assessed and managed?"),
            "Comments", true, false, List.of(
                    new FormQuestion(1, "", "Are all those organisations, which are likely to have some influence over"
                            + " the success of a programme or service to the public identified?"),
                    new FormQuestion(2, "", "Is consideration being given to the need for a consistent and common"
                            + " approach to managing risks and opportunities which cut across organisational boundaries,"
                            + " for example, cross-divisional projects?"),
                    new FormQuestion(3, "", "Do organisations understand and have confidence in the risk and opportunity"
                            + " management arrangements of all those involved in the joint working or partnership or who"
                            + " could influence the success of the programme?"),
                    new FormQuestion(4, "", "Is there reliable and regular information to monitor the risk and"
                            + " opportunity management performance of all those organisations involved in a joined up"
                            + " programme and partnerships?"),
                    new FormQuestion(5, "", "Are there adequate contingency arrangements to minimise the adverse effects"
                            + " on public service delivery of one or more party failing to deliver? (Source: MOD checklist"
                            + " for Customer- Supplier agreements)"))),

    /** Appendix 9. */
    INSURANCE_CONSIDERATIONS("insurance", "Insurance considerations",
            List.of("The following list highlights a number of areas where insurance decisions may need to be taken by"
                            + " a partnership.",
                    "It is important to note that as part of risk management, insurance is one way of transferring"
                            + " risks. As insurance premiums rise and organisations increasingly self-fund risks, there is"
                            + " greater emphasis on risk management."),
            "Evaluation/comments", false, true, List.of(
                    new FormQuestion(1, "Employment of staff", "Do officers involved in the partnership have appropriate"
                            + " cover for employer's liability by their host organisations for their work in the"
                            + " partnership?"),
                    new FormQuestion(2, "Use of physical assets – buildings, equipment, vehicles", "Which party owns the"
                            + " assets and are they appropriately safeguarded in terms of security, control over use, etc?"
                            + " Are the assets insured for identified risks, for example, fire, theft, vandalism,"
                            + " accidental damage, etc?"),
                    new FormQuestion(3, "Responsibility for finances", "Does the partnership manage finances and are they"
                            + " protected by sound systems of internal control and policies covering fidelity?"),
                    new FormQuestion(4, "Capital works and intellectual property rights", "Are appropriate arrangements"
                            + " in place for being clear on the same and managing risks regarding such works?"),
                    new FormQuestion(5, "Officers/elected members indemnity and public liability", "Do Council Officers/"
                            + " Elected Members have appropriate insurance cover or indemnities for their partnership"
                            + " work, including public liability?")));

    private final String slug;
    private final String title;
    private final List<String> introduction;
    private final String commentsLabel;
    private final boolean answeredYesOrNo;
    private final boolean signedOff;
    private final List<FormQuestion> questions;

    RiskForm(String slug, String title, List<String> introduction, String commentsLabel, boolean answeredYesOrNo,
            boolean signedOff, List<FormQuestion> questions) {
        this.slug = slug;
        this.title = title;
        this.introduction = introduction;
        this.commentsLabel = commentsLabel;
        this.answeredYesOrNo = answeredYesOrNo;
        this.signedOff = signedOff;
        this.questions = questions;
    }

    /** The form's name in addresses. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<String> introduction() {
        return introduction;
    }

    /** The heading of the free-text column. */
    public String commentsLabel() {
        return commentsLabel;
    }

    /** Whether each question takes a yes, partly or no as well as comments. */
    public boolean answeredYesOrNo() {
        return answeredYesOrNo;
    }

    /** Whether the form ends with who completed it, when, their job title and telephone number. */
    public boolean signedOff() {
        return signedOff;
    }

    public List<FormQuestion> questions() {
        return questions;
    }

    public FormQuestion question(int number) {
        return questions.stream().filter(question -> question.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this + " has no question " + number));
    }

    public static Optional<RiskForm> ofSlug(String slug) {
        for (RiskForm form : values()) {
            if (form.slug.equals(slug)) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }
}
