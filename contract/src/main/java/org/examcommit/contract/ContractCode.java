package org.examcommit.contract;

/** A value of one of the contract's code lists, as it is written in a bundle, a table or an output. */
public interface ContractCode {

    /** The code as the contract spells it. */
    String code();
}
