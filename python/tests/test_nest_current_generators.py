"""hh_cond_exp_traub, ac_generator and step_current_generator against NEST 3.10, run with the same
script on both (2026-12-03, NEST built by benchmarks/nest/build_nest.sh with these models into
install-dev): two hh_cond_exp_traub neurons under a step current (new amplitude lists between two
Simulate calls), a windowed sine current and excitatory and inhibitory spikes; an iaf_psc_alpha
under a sine from t = 0 over two Simulate calls (NEST restarts the oscillator at each) and an
off-grid step current. NEST's printed numbers are below (multimeter samples at some times)."""

import numpy
import pytest

import syncytium as nest

TRAUB_SPIKES = [(1, 5.4), (2, 6.1), (1, 14.3), (1, 23.3), (2, 23.3), (1, 28.3), (2, 37.8), (1, 41.8), (1, 62.8), (2, 65.4), (1, 70.6), (1, 96.1)]
TRAUB = {(5.5, 1): (25.441997771106514,
            22.224546620438403,
            0.0,
            0.9999573267638165,
            0.21798367368424,
            0.6702484897085424),
 (5.5, 2): (-47.72162189803357,
            18.195919791030025,
            0.0,
            0.10819923082318209,
            0.9906894194647777,
            0.07983907195707828),
 (7.5, 1): (-76.92465308750428,
            14.897559113723911,
            0.0,
            0.0006176204602430901,
            0.7434373359292678,
            0.16708080399174127),
 (7.5, 2): (-82.0412935312905,
            9.342096717177618,
            0.0,
            9.774262010764351e-05,
            0.5993481980542593,
            0.3022000125742564),
 (14.0, 1): (-26.4752877586017,
             4.060058497078035,
             0.0,
             0.3860870294732933,
             0.928294238110782,
             0.14815464443720958),
 (14.0, 2): (-67.86412790425501,
             1.0702198002988077,
             0.0,
             0.002681101419351719,
             0.9951043189842215,
             0.00884746056153051),
 (15.0, 1): (-76.45831156383028,
             3.3240947508533356,
             0.0,
             0.06676645843445449,
             0.15376150401017682,
             0.6481663792508825),
 (15.0, 2): (-67.3039023067074,
             0.7668459961003187,
             0.0,
             0.0030486094767338537,
             0.9968010968807244,
             0.009626584085298272),
 (22.5, 1): (-54.91231692512168,
             50.1113749556059,
             0.0,
             0.05305030694598159,
             0.9943681966539624,
             0.030132649939364622),
 (22.5, 2): (-51.816295925725505,
             43.653318090114716,
             0.0,
             0.05638840329827369,
             0.9967997148940975,
             0.03844471025560838),
 (23.5, 1): (8.67578699307873,
             41.02772375516661,
             0.0,
             0.9996946094626791,
             0.1471321053703418,
             0.7191188681335043),
 (23.5, 2): (20.56499942840791,
             31.278969221804306,
             0.0,
             0.9999224453998475,
             0.1858867793433555,
             0.6819155597322177),
 (30.0, 1): (-80.583108666782,
             11.181359119070798,
             0.0,
             0.0002686655409786651,
             0.6469374884298837,
             0.2436668481776525),
 (30.0, 2): (-59.848714516777946,
             3.5832825550713454,
             0.0,
             0.014810753390042614,
             0.9695474541661419,
             0.031072444605925377),
 (37.5, 1): (-59.33379234216016,
             2.4948984509043277,
             0.0,
             0.02986949343519491,
             0.9820813876264212,
             0.05038046236784697),
 (37.5, 2): (-38.114047297566884,
             0.2941337435740746,
             0.0,
             0.23139509859674517,
             0.9703801300692031,
             0.13963853307819832),
 (41.5, 1): (-36.81906341651746,
             1.1210301365199187,
             50.0,
             0.2793192822190139,
             0.9655011553479542,
             0.1451770943567489),
 (41.5, 2): (-81.7238432500288,
             0.07753281302669876,
             50.0,
             0.00010750659575780267,
             0.9742712323063072,
             0.02280453981847414),
 (45.0, 1): (-82.00619475526207,
             0.5566870909023457,
             35.23440448593494,
             0.00020369568792585224,
             0.9332063774902734,
             0.04693115334052505),
 (45.0, 2): (-78.66306250245451,
             0.024143967934601253,
             35.23440448593455,
             0.00022362786280054957,
             0.9991797607458256,
             0.0016727824596253526),
 (52.5, 1): (-75.28849899185133,
             0.12421367974505391,
             16.643554184902488,
             0.0009693136430775601,
             0.9997177990440942,
             0.003307836119511548),
 (52.5, 2): (-76.1874136896489,
             0.001981857574497152,
             16.643554184902307,
             0.0003999945222471741,
             0.9999402843195763,
             0.0018892458253719682),
 (60.0, 1): (-64.54879838680742,
             0.027715818254016953,
             7.861858315680137,
             0.010447858566652694,
             0.9985451337716048,
             0.021917411165864726),
 (60.0, 2): (-71.65468712905424,
             0.000162680776259762,
             7.861858315680052,
             0.0011360268458698985,
             0.999837151222965,
             0.004169235683232695),
 (62.5, 1): (-28.06117860623081,
             22.241357113963222,
             6.122821412647992,
             0.3672617366665227,
             0.9633707952282089,
             0.11991988096361043),
 (62.5, 2): (-59.15327614409445,
             18.195990491803943,
             6.122821412647921,
             0.015960630666888097,
             0.999011129953232,
             0.017475194995698613),
 (67.5, 1): (-62.00920827470985,
             8.182138025961049,
             3.7136789107158936,
             0.016861823495185366,
             0.9181955392283357,
             0.044808014847603765),
 (67.5, 2): (-81.7341781595228,
             3.4367786732037846,
             3.7136789107158545,
             0.0001050885776558717,
             0.8135427348518166,
             0.14585393859096904),
 (70.5, 1): (46.75165044188095,
             4.490452556767409,
             2.751161002819698,
             0.9482920524493473,
             0.5883962613148769,
             0.32901878049091127),
 (70.5, 2): (-76.18289613567393,
             1.2643202176796424,
             2.7511610028196642,
             0.00039567183032654813,
             0.9884407558845678,
             0.008306629956249634),
 (75.0, 1): (-75.80318554446598,
             1.8256817680825663,
             36.988622190976365,
             0.0008598538761857885,
             0.9610536935320756,
             0.021051975502025512),
 (75.0, 2): (-75.91589920503755,
             0.2821079726335247,
             36.988622190976265,
             0.00042968636647104354,
             0.9995868038303649,
             0.0022937593136792386),
 (82.5, 1): (-68.52997333775323,
             0.4073646652905276,
             17.472187954990098,
             0.004483774785666922,
             0.9986322701253251,
             0.012355789951670733),
 (82.5, 2): (-75.13721255858184,
             0.02315683254319315,
             17.47218795499006,
             0.0005111879232331203,
             0.9999213659786106,
             0.002337065721386274),
 (90.0, 1): (-60.94021035974457,
             0.09089534300468452,
             8.253277193141185,
             0.021890010169313204,
             0.9962548988914919,
             0.041238615114258394),
 (90.0, 2): (-70.799564282181,
             0.0019008285672595861,
             8.25327719314117,
             0.0013824140806119039,
             0.9997963922260094,
             0.004928781295133753),
 (97.5, 1): (-84.82390588577653,
             0.020281492441308224,
             3.898572096539921,
             0.00010670954587682585,
             0.5715082939622059,
             0.3211242323576927),
 (97.5, 2): (-68.88937015061894,
             0.00015602951031280842,
             3.8985720965398647,
             0.0021460983947511727,
             0.9996189236932937,
             0.007644520584395685),
 (105.0, 1): (-73.98698423704623,
              0.004525412656458236,
              1.8415550618547467,
              0.0013238133951935986,
              0.9985025299367982,
              0.004958947028790841),
 (105.0, 2): (-67.10849817888547,
              1.2807682138086303e-05,
              1.8415550618547196,
              0.003196818523347669,
              0.9994095684823806,
              0.010512907456337399),
 (112.5, 1): (-69.6182881906376,
              0.0010097560507687862,
              0.8698890162510333,
              0.00354922942126259,
              0.9993844247476239,
              0.010826785296666478),
 (112.5, 2): (-65.42333584152398,
              1.051318570579332e-06,
              0.8698890162510201,
              0.004640049070914923,
              0.999092082394993,
              0.014263917174771901)}
TRAUB_FINAL = {'Act_m': (0.0070151087450608905, 0.006328139009892166),
 'Act_n': (0.019226438766978996, 0.018446913675209328),
 'Inact_h': (0.9986531819510096, 0.9986807321330976),
 'V_m': (-66.50787693025367, -64.00086711604403)}
IAF_SPIKES = [21.1, 33.2]
IAF_V_M = {5.0: -68.1932648412763,
 10.0: -65.42002271953473,
 15.0: -61.320762375285774,
 20.0: -55.94299269965436,
 25.0: -65.8641240514519,
 30.0: -58.092830508983326,
 35.0: -70.0,
 40.0: -62.05289816528537,
 45.0: -60.74211515055821,
 50.0: -61.83064518257477,
 55.0: -63.96007431698708,
 60.0: -66.67298218128653,
 65.0: -69.55279826029555,
 70.0: -72.22603256721958,
 75.0: -74.37545602196674,
 80.0: -75.75697270640342,
 85.0: -76.21491286415815,
 90.0: -75.69205428640343,
 95.0: -74.23205955939827}

KEYS = ["V_m", "g_ex", "g_in", "Act_m", "Inact_h", "Act_n"]


def _traub_network():
    nest.ResetKernel()
    nest.resolution = 0.1
    n = nest.Create("hh_cond_exp_traub", 2, params=[{"I_e": 0.0}, {"V_T": -60.0, "tau_syn_ex": 3.0}])
    sc = nest.Create("step_current_generator", params={"amplitude_times": [10.0, 30.0, 55.5, 80.0],
                                                        "amplitude_values": [150.0, -20.0, 400.0, 0.0]})
    ac = nest.Create("ac_generator", params={"amplitude": 80.0, "offset": 20.0, "frequency": 35.0, "phase": 45.0,
                                             "start": 5.0, "stop": 90.0})
    sg = nest.Create("spike_generator", params={"spike_times": [3.0, 20.0, 21.0, 60.0]})
    sgi = nest.Create("spike_generator", params={"spike_times": [40.0, 70.0]})
    nest.Connect(sc, n[0])
    nest.Connect(ac, n)
    nest.Connect(sg, n, syn_spec={"weight": 30.0, "delay": 1.0})
    nest.Connect(sgi, n, syn_spec={"weight": -50.0, "delay": 1.5})
    mm = nest.Create("multimeter", params={"record_from": KEYS, "interval": 0.5})
    sr = nest.Create("spike_recorder")
    nest.Connect(mm, n)
    nest.Connect(n, sr)
    return n, sc, mm, sr


def test_hh_cond_exp_traub_with_step_and_sine_currents_as_nest():
    n, sc, mm, sr = _traub_network()
    nest.Simulate(47.0)
    sc.set({"amplitude_times": [50.0, 100.0], "amplitude_values": [250.0, 10.0]})
    nest.Simulate(73.0)
    ev = sr.get("events")
    assert [(int(s), round(float(t), 1)) for s, t in zip(ev["senders"], ev["times"])] == TRAUB_SPIKES
    e = mm.get("events")
    seen = 0
    for j, (s, t) in enumerate(zip(e["senders"], e["times"])):
        expected = TRAUB.get((round(float(t), 1), int(s)))
        if expected is None:
            continue
        seen += 1
        got = [float(e[k][j]) for k in KEYS]
        numpy.testing.assert_allclose(got[0], expected[0], rtol=0, atol=1e-8, err_msg="V_m at %s" % t)
        numpy.testing.assert_allclose(got[1:], expected[1:], rtol=1e-9, atol=1e-12, err_msg="at %s" % t)
    assert seen == len(TRAUB)
    final = n.get(["V_m", "Act_m", "Inact_h", "Act_n"])
    for k, values in TRAUB_FINAL.items():
        numpy.testing.assert_allclose(final[k], values, rtol=1e-10, err_msg=k)


def test_sine_from_the_start_and_an_offgrid_step_as_nest():
    nest.ResetKernel()
    nest.resolution = 0.1
    m = nest.Create("iaf_psc_alpha")
    ac = nest.Create("ac_generator", params={"amplitude": 300.0, "offset": 100.0, "frequency": 10.0})
    sc = nest.Create("step_current_generator", params={"allow_offgrid_times": True, "amplitude_times": [12.34, 40.0],
                                                        "amplitude_values": [200.0, 0.0]})
    nest.Connect(ac, m)
    nest.Connect(sc, m)
    vm = nest.Create("voltmeter", params={"interval": 1.0})
    sr = nest.Create("spike_recorder")
    nest.Connect(vm, m)
    nest.Connect(m, sr)
    nest.Simulate(60.0)
    nest.Simulate(40.0)
    assert [round(t, 1) for t in sr.get("events")["times"].tolist()] == IAF_SPIKES
    e = vm.get("events")
    got = {round(float(t), 1): float(v) for t, v in zip(e["times"], e["V_m"])}
    for t, v in IAF_V_M.items():
        assert got[t] == pytest.approx(v, abs=1e-10), t
    assert sc.get("amplitude_times").tolist() == [12.4, 40.0]  # the off-grid time as moved, as NEST reads it back


def test_step_current_lists_that_do_not_fit_are_refused_naming_the_key():
    # as NEST, when they are set: lists of other lengths, a time off the grid, one list without the other
    nest.ResetKernel()
    with pytest.raises(nest.kernel.BadProperty, match="amplitude_values"):
        nest.Create("step_current_generator", params={"amplitude_times": [1.0, 2.0], "amplitude_values": [5.0]})
    sc = nest.Create("step_current_generator", params={"amplitude_times": [1.0], "amplitude_values": [5.0]})
    with pytest.raises(nest.kernel.BadProperty, match="2.05"):
        sc.set({"amplitude_times": [1.0, 2.05], "amplitude_values": [5.0, 6.0]})
    with pytest.raises(nest.kernel.BadProperty, match="amplitude_times"):
        sc.set({"amplitude_times": [1.0, 2.0]})
    with pytest.raises(nest.kernel.BadProperty, match="allow_offgrid_times"):
        sc.set({"allow_offgrid_times": True})
    assert list(sc.amplitude_times) == [1.0] and list(sc.amplitude_values) == [5.0]
    with pytest.raises(nest.kernel.BadProperty, match="amplitude_times"):
        nest.SetDefaults("step_current_generator", {"amplitude_times": [1.0, 2.0]})
    with pytest.raises(nest.kernel.BadProperty, match="frequency"):
        nest.Create("ac_generator", params={"frequency": float("nan")})


def test_step_times_follow_the_kernels_tics_per_ms():
    # NEST's issue 740: at 1024 tics per ms, 2^-5 ms steps hold 1.0 and 1.0625 ms; at the default 1000 tics
    # per ms that resolution would not even be a whole number of tics
    nest.ResetKernel()
    nest.set(tics_per_ms=1024, resolution=2.0 ** -5)
    scg = nest.Create("step_current_generator", params={"amplitude_times": [1.0, 1.0625],
                                                       "amplitude_values": [10.0, -20.0]})
    neuron = nest.Create("iaf_psc_alpha", params={"V_th": 1e10})
    nest.Connect(scg, neuron)
    nest.Simulate(2.0)
    assert list(scg.amplitude_times) == [1.0, 1.0625]
    nest.ResetKernel()
    nest.set(tics_per_ms=1024, resolution=2.0 ** -3)
    with pytest.raises(nest.kernel.BadProperty, match="increasing"):  # both move to the end of step 9
        nest.Create("step_current_generator", params={"amplitude_times": [1.0625, 1.125],
                                                     "amplitude_values": [10.0, -20.0], "allow_offgrid_times": True})


def test_multimeters_record_generators_as_nest():
    # NEST 3.10, the same script: a multimeter records a current generator's I (what it sends in a step,
    # 0 while inactive) and a sinusoidal_poisson_generator's rate, alone or beside other nodes; the neuron
    # the currents drive gives the same V_m
    nest.ResetKernel()
    n = nest.Create("iaf_psc_alpha", params={"V_reset": -65.0})
    window = {"origin": 5.0, "start": 2.5, "stop": 40.0}
    ac = nest.Create("ac_generator", params={"amplitude": 500.0, "offset": 50.0, "frequency": 50.0, "phase": 45.0,
                                             **window})
    dc = nest.Create("dc_generator", params={"amplitude": 500.0, **window})
    step = nest.Create("step_current_generator", params={"amplitude_times": [2.5, 25.0],
                                                         "amplitude_values": [125.0, 250.0], **window})
    noise = nest.Create("noise_generator", params={"mean": 500.0, "std": 0.0, "dt": 0.1, "std_mod": 0.0,
                                                   "phase": 45.0, "frequency": 50.0, **window})
    sin = nest.Create("sinusoidal_poisson_generator", params={"rate": 100.0, "amplitude": 150.0, "frequency": 30.0,
                                                               "phase": 10.0, "start": 3.0, "stop": 30.0})
    for g in (ac, dc, step, noise):
        nest.Connect(g, n)
    nest.Connect(sin, nest.Create("iaf_psc_alpha"), syn_spec={"weight": 10.0})
    meters = {}
    for name, g, var in (("ac", ac, "I"), ("dc", dc, "I"), ("step", step, "I"), ("noise", noise, "I"),
                         ("sin", sin, "rate")):
        meters[name] = nest.Create("multimeter", params={"record_from": [var], "interval": 0.3 if name == "sin" else 0.1})
        nest.Connect(meters[name], g)
    both = nest.Create("multimeter", params={"record_from": ["I"], "interval": 1.0, "start": 4.0, "stop": 20.0})
    nest.Connect(both, dc + step)
    vm = nest.Create("voltmeter", params={"interval": 0.1})
    nest.Connect(vm, n)
    nest.Simulate(30.0)
    nest.Simulate(20.0)
    assert nest.GetDefaults("dc_generator")["recordables"] == ["I"] and sin.recordables == ["rate"]
    expected = {
        "ac": [0.0, 0.0, 50.0, -408.877313, -314.484314, 219.36896, 549.013364, 276.99525, -268.711995, -430.146843,
               -12.666617, 480.371014, 454.508497, 0.0],
        "dc": [0.0, 0.0] + [500.0] * 11 + [0.0],
        "step": [0.0, 0.0] + [125.0] * 5 + [250.0] * 6 + [0.0],
        "noise": [0.0, 0.0] + [500.0] * 11 + [0.0],
        "sin": [134.354575, 209.488559, 0.0, 133.436477, 210.130604]}
    for name, values in expected.items():
        events = meters[name].events
        var = "rate" if name == "sin" else "I"
        assert len(events["times"]) == (163 if name == "sin" else 490)
        numpy.testing.assert_allclose(events[var][::37], values, rtol=0, atol=5e-7)
    numpy.testing.assert_allclose(meters["dc"].events["times"][::37], numpy.arange(0.1, 50, 3.7), rtol=0, atol=1e-9)
    events = both.events
    assert events["times"].tolist() == [float(t) for t in range(5, 21) for _ in (3, 4)]
    assert events["senders"].tolist() == [3, 4] * 16
    assert events["I"].tolist() == [0.0, 0.0] * 3 + [500.0, 125.0] * 13
    numpy.testing.assert_allclose(vm.events["V_m"][::50], [-70.0, -70.0, -63.75293, -65.0, -65.0, -65.0, -63.095345,
                                                          -65.0, -65.0, -60.568442], rtol=0, atol=5e-7)
    with pytest.raises(nest.kernel.IllegalConnection, match="recordables"):
        nest.Connect(nest.Create("multimeter", params={"record_from": ["V_m"]}), dc)
    with pytest.raises(nest.kernel.IllegalConnection):
        nest.Connect(nest.Create("multimeter", params={"record_from": ["I"]}), nest.Create("poisson_generator"))
