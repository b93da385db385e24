"""Extraction quality on articles written apart from the rules.

tests/data/heldout*/ hold articles in the style of the seeds (new names, traditional and
variant script, English-heavy transcripts), annotated by the same guidelines by people
who did not see the extractor. Each set was scored on first contact before any rule was
written from it; the figures below are what it scores now. Sets at or above the targets
of the extraction issue (entity F1 0.85, relation F1 0.75) must stay there; the others
must not fall below where they stand.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import evaluate, graph
from kg.pipeline import extract_graph

DATA = Path(__file__).resolve().parent / "data"

# set -> (entity F1, relation F1) it must keep
FLOORS = {
    "heldout": (0.85, 0.75),
    "heldout_b": (0.85, 0.75),
    "heldout_c": (0.85, 0.75),
    "heldout_d": (0.85, 0.75),  # first contact 0.747 / 0.413
    "heldout_e": (0.85, 0.75),  # first contact 0.946 / 0.750
    "heldout_f": (0.85, 0.74),  # first contact 0.887 / 0.622
    "heldout_g": (0.85, 0.75),  # first contact 0.943 / 0.702
    "heldout_h": (0.85, 0.75),  # first contact 0.868 / 0.648
    "heldout_i": (0.85, 0.75),  # first contact 0.917 / 0.707
    "heldout_j": (0.85, 0.74),  # first contact 0.805 / 0.557
    "heldout_k": (0.85, 0.75),  # first contact 0.863 / 0.610
    "heldout_l": (0.82, 0.66),  # first contact 0.659 / 0.466: Japanese and Korean names, sovereign-AI machines
    "heldout_m": (0.85, 0.75),  # first contact 0.793 / 0.449
    "heldout_n": (0.85, 0.75),  # first contact 0.810 / 0.480
    "heldout_o": (0.85, 0.75),  # first contact 0.910 / 0.646
    "heldout_p": (0.85, 0.75),  # first contact 0.928 / 0.673
    "heldout_q": (0.85, 0.72),  # first contact 0.855 / 0.552
    "heldout_r": (0.85, 0.72),  # first contact 0.924 / 0.696
    "heldout_s": (0.85, 0.71),  # first contact 0.882 / 0.682
    "heldout_t": (0.85, 0.75),  # first contact 0.927 / 0.775
    "heldout_u": (0.85, 0.75),  # first contact 0.871 / 0.667
    "heldout_v": (0.85, 0.75),  # first contact 0.861 / 0.714
    "heldout_w": (0.85, 0.74),  # first contact 0.903 / 0.735
    "heldout_x": (0.85, 0.75),  # first contact 0.841 / 0.609
    "heldout_y": (0.85, 0.70),  # first contact 0.852 / 0.651
    "heldout_z": (0.85, 0.70),  # first contact 0.915 / 0.627
    "heldout_aa": (0.85, 0.68),  # first contact 0.794 / 0.560: European, Gulf, Indian, Japanese names
    "heldout_ab": (0.85, 0.75),  # first contact 0.876 / 0.678
    "heldout_ac": (0.85, 0.65),  # first contact 0.868 / 0.624: heads of units inside big companies
    "heldout_ad": (0.85, 0.70),  # first contact 0.860 / 0.664
    "heldout_ae": (0.85, 0.75),  # first contact 0.904 / 0.738
    "heldout_af": (0.85, 0.75),  # first contact 0.911 / 0.819
    "heldout_ag": (0.85, 0.68),  # first contact 0.905 / 0.694
    "heldout_ah": (0.85, 0.75),  # first contact 0.897 / 0.756
    "heldout_ai": (0.85, 0.75),  # first contact 0.859 / 0.731
    "heldout_aj": (0.85, 0.64),  # first contact 0.830 / 0.535: Japanese and Korean names
    "heldout_ak": (0.85, 0.68),  # first contact 0.898 / 0.639: interviews in the first person
    "heldout_al": (0.85, 0.75),  # first contact 0.877 / 0.757 (not tuned on)
    "heldout_am": (0.85, 0.75),  # first contact 0.883 / 0.786 (not tuned on)
    "heldout_an": (0.85, 0.68),  # first contact 0.867 / 0.632: European labs and names
    "heldout_ao": (0.85, 0.66),  # first contact 0.849 / 0.629: teams inside Chinese big companies
    "heldout_ap": (0.83, 0.68),  # first contact 0.842 / 0.619: Gulf and Indian sovereign AI, traditional script
    "heldout_aq": (0.84, 0.75),  # first contact 0.854 / 0.779 (not tuned on)
    "heldout_ar": (0.81, 0.75),  # first contact 0.827 / 0.768 (not tuned on)
    "heldout_as": (0.85, 0.70),  # first contact 0.916 / 0.645 (not tuned on)
    "heldout_at": (0.89, 0.74),  # first contact 0.898 / 0.704: AI search and agent startups
    "heldout_au": (0.85, 0.74),  # first contact 0.838 / 0.564: autonomous-driving teams
    "heldout_av": (0.84, 0.70),  # first contact 0.847 / 0.653: US infrastructure, traditional script
    "heldout_aw": (0.87, 0.66),  # first contact 0.881 / 0.659 (not tuned on)
    "heldout_ax": (0.87, 0.63),  # first contact 0.885 / 0.633 (not tuned on)
    "heldout_ay": (0.80, 0.51),  # first contact 0.801 / 0.532 (not tuned on)
    "heldout_az": (0.82, 0.70),  # first contact 0.823 / 0.645: European labs and sovereign compute
    "heldout_ba": (0.90, 0.80),  # first contact 0.918 / 0.752: moves between US frontier labs
    "heldout_bb": (0.87, 0.67),  # first contact 0.881 / 0.684 (not tuned on)
    "heldout_bc": (0.83, 0.62),  # first contact 0.848 / 0.637 (not tuned on)
    "heldout_bd": (0.82, 0.68),  # first contact 0.829 / 0.647: Japanese and Korean labs and sovereign compute
    "heldout_be": (0.87, 0.72),  # first contact 0.894 / 0.680: embodied AI and autonomous-driving teams
    "heldout_bf": (0.87, 0.69),  # first contact 0.893 / 0.714 (not tuned on)
    "heldout_bg": (0.87, 0.69),  # first contact 0.902 / 0.705 (not tuned on)
    "heldout_bh": (0.90, 0.71),  # first contact 0.926 / 0.736 (not tuned on)
    "heldout_bi": (0.87, 0.76),  # first contact 0.899 / 0.783 (not tuned on)
    "heldout_bj": (0.86, 0.74),  # first contact 0.850 / 0.652: European labs and sovereign compute
    "heldout_bk": (0.82, 0.67),  # first contact 0.797 / 0.591: AI for science, national labs
    "heldout_bl": (0.87, 0.72),  # first contact 0.871 / 0.631: driving teams, Hong Kong script
    "heldout_bm": (0.88, 0.71),  # first contact 0.896 / 0.711 (not tuned on)
    "heldout_bn": (0.89, 0.79),  # first contact 0.907 / 0.782 (not tuned on)
    "heldout_bo": (0.90, 0.73),  # first contact 0.910 / 0.760 (not tuned on)
    "heldout_bp": (0.87, 0.71),  # first contact 0.871 / 0.689: Japanese and Korean labs and sovereign compute
    "heldout_bq": (0.89, 0.66),  # first contact 0.901 / 0.664: Chinese big tech's AI teams, Taiwan script
    "heldout_br": (0.87, 0.75),  # first contact 0.873 / 0.741: video, image and audio generation
    "heldout_bs": (0.81, 0.67),  # first contact 0.827 / 0.698: India and Southeast Asia (not tuned on)
    "heldout_bt": (0.86, 0.67),  # first contact 0.881 / 0.646: AI-safety teams, Hong Kong script
    "heldout_bu": (0.87, 0.68),  # first contact 0.895 / 0.710: AI-chip companies (not tuned on)
    "heldout_bv": (0.87, 0.73),  # first contact 0.894 / 0.752: Gulf sovereign AI (not tuned on)
    "heldout_bw": (0.85, 0.71),  # first contact 0.876 / 0.739: quant funds and their model labs, Taiwan script
    "heldout_bx": (0.78, 0.62),  # first contact 0.801 / 0.649: AI for science and drug discovery (not tuned on)
    "heldout_by": (0.85, 0.67),  # first contact 0.845 / 0.691: driving and embodied-AI talent, Taiwan script
    "heldout_bz": (0.87, 0.72),  # first contact 0.888 / 0.746: European labs (not tuned on)
    "heldout_ca": (0.85, 0.79),  # first contact 0.824 / 0.716: Southeast Asia's data centres, Hong Kong script
    "heldout_cb": (0.92, 0.90),  # first contact 0.913 / 0.897: video-generation startups, Taiwan script
    "heldout_cc": (0.89, 0.73),  # first contact 0.911 / 0.755: the coding-agent talent war (not tuned on)
    "heldout_cd": (0.87, 0.90),  # first contact 0.888 / 0.896: AI-chip startups and who left which chip maker
    "heldout_ce": (0.90, 0.84),  # first contact 0.915 / 0.797: Japan's and Korea's AI push, Taiwan script
    "heldout_cf": (0.81, 0.77),  # first contact 0.830 / 0.786: medical and drug-discovery AI (not tuned on)
    "heldout_cg": (0.90, 0.79),  # first contact 0.925 / 0.814: Chinese internet giants' model teams (not tuned on)
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_unseen_articles_keep_their_scores(name):
    folder = DATA / name
    g = extract_graph([folder]).graph
    result = evaluate.score(graph.to_json(g), evaluate.load_gold(folder / "gold.json"))
    entity_floor, relation_floor = FLOORS[name]
    assert result["entities"]["ALL"]["f1"] >= entity_floor, evaluate.format_report(result)
    assert result["relations"]["ALL"]["f1"] >= relation_floor, evaluate.format_report(result)
