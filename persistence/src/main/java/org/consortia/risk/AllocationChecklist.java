package org.consortia.risk;

import java.util.List;

/**
 * The risk allocation checklist of Appendix B (from the OGC's "Risk Allocation in Long Term
 * Contracts"): the key questions to ask at each stage when deciding who is best placed to manage a
 * risk. Shown beside every register entry.
 */
public final class AllocationChecklist {

    /** One stage of the checklist and its questions, in the framework's words. */
    public record Stage(String stage, String questions) {
    }

    public static final List<Stage> STAGES = List.of(
            new Stage("Do we understand the risks?",
                    "Have we identified all the key risks relating to this project or operational service? Have we "
                    + "made a thorough assessment of each one – the likelihood of it happening, the likely impact and "
                    + "cost? Do we understand the interdependencies between risks? How do these risks affect our key "
                    + "objectives? Have we taken a long-term view, to identify possible future risks? What is our "
                    + "overall exposure to risk?"),
            new Stage("What can we do about risks before we decide where to allocate each one?",
                    "Have we considered the best way to deal with each risk – minimise them, mitigate them or build "
                    + "in contingencies? Are there other steps we should take now – such as improving quality "
                    + "assurance regimes?"),
            new Stage("What are the options for allocating risks?",
                    "Which are the risks that we should manage ourselves? For each one: why? because we can control "
                    + "it better ourselves? because it is not cost-effective to allocate it to others? because its "
                    + "likely impact will not affect critical objectives? Which are the risks that others should "
                    + "manage for us? For each one: why? because they are better placed to influence the outcome? "
                    + "because we can identify cost-effective payment incentives that will deliver value for money? "
                    + "because the cost to us is affordable and reflects their ability and willingness to control the "
                    + "risk?"),
            new Stage("Negotiating risk transfer with suppliers",
                    "Can we obtain the optimum risk transfer, or balance between the benefits of transferring a risk "
                    + "and the cost of compensating the supplier for taking it on? Do we need to obtain variant bids "
                    + "to decide the optimum offer? Have we negotiated with each supplier to achieve the optimum "
                    + "balance of risk, costs and benefits? Are our decisions on risk allocation based on realistic "
                    + "assessment of the way in which risks will be managed? Does the entire supply chain have a "
                    + "shared understanding of the risks and the consequences if they materialise? Have we validated "
                    + "our risk plans by obtaining proposals and indicative prices from suppliers, assessing each risk "
                    + "and its price, taking into account: The nature of the requirement – high or low risk? The "
                    + "expected length of the contract – long or short term in which to recover the development costs? "
                    + "The likelihood of predicted service volumes being exceeded, with the opportunities for "
                    + "increased revenue?"),
            new Stage("Have we allocated risks to the right parties in the supply chain?",
                    "Can we be sure that we have not transferred the wrong risks, leading to poor value for money "
                    + "and unacceptable exposure to risk? Have we made sure that we only transferred risks that are "
                    + "commercial in nature, where the supplier can influence the outcome? Where risks have been "
                    + "transferred, is the supplier genuinely able to manage them?"),
            new Stage("Can we avoid taking transferred risk back?",
                    "Is there a danger that we could 'take back' transferred risks – that is, to get too involved in "
                    + "the supplier's business and the solutions they provide, preventing them from managing the risks "
                    + "they have agreed to take on? Are we certain that we have not taken risk back, by: attempting to "
                    + "define a technical solution? attempting to define how a service should be provided? Have we "
                    + "preserved our supplier's freedom to propose alternatives? Will our supplier have the freedom to "
                    + "choose how to handle and minimise it?"));

    private AllocationChecklist() {
    }
}
