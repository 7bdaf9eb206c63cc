// kommunsok-synth: writes any number of fictional documents in the shapes the indexer reads
// (interpellation answers, protocol paragraphs, samverkan protocols), for benchmarks and load
// tests that need more than the hand-written sample corpus. Deterministic for a given seed.
#include <array>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr std::array kMunicipalities{"Sjöbacka", "Granvik", "Norrvika", "Björkhamn", "Stenåsa", "Lindmo"};
constexpr std::array kOrgans{"Kommunstyrelsen", "Kommunstyrelsens arbetsutskott", "Barn- och utbildningsnämnden",
                             "Socialnämnden", "Samhällsbyggnadsnämnden", "Tekniska nämnden",
                             "Kultur- och fritidsnämnden", "Vård- och omsorgsnämnden"};
constexpr std::array kSeries{"KS", "KS", "BUN", "SN", "SBN", "TN", "KFN", "VON"};
constexpr std::array kParties{"S", "M", "V", "MP", "C", "L", "KD", "SD"};
constexpr std::array kFirstNames{"Anna", "Erik", "Maria", "Johan", "Sara", "Lars", "Fatima", "Ali", "Karin",
                                 "Per", "Elin", "Omar", "Linnea", "Mats", "Eva", "Jonas", "Ida", "Nils"};
constexpr std::array kLastNames{"Lind", "Berg", "Holm", "Ek", "Strand", "Sjöberg", "Nyström", "Åkesson",
                                "Hassan", "Larsson", "Öberg", "Dahl", "Falk", "Wikström", "Lund", "Björk"};
constexpr std::array kUnions{"Vision", "Kommunal", "Sveriges Lärare", "Akademikerförbundet SSR", "SACO",
                             "Ledarna", "Vårdförbundet"};
constexpr std::array kUnits{"Utbildningsförvaltningen", "Socialförvaltningen", "Samhällsbyggnadsförvaltningen",
                            "Kultur- och fritidsförvaltningen", "Tekniska förvaltningen"};
constexpr std::array kTopics{"skolskjuts på landsbygden", "bemanning i hemtjänsten", "friskvårdsbidraget",
                             "skyddsronder i förskolan", "budgetramar för nästa år", "cykelvägar mellan tätorterna",
                             "bibliotekens öppettider", "heltid som norm", "upphandling av måltider",
                             "vatten och avlopp", "e-tjänster för invånarna", "föreningsbidrag",
                             "detaljplan för hamnområdet", "arbetsmiljön för socialsekreterare",
                             "lokalförsörjning för skolan", "ekonomiskt bistånd"};
constexpr std::array kSentences{
    "Förvaltningen har utrett frågan och redovisar ekonomiska konsekvenser för verksamheten.",
    "Kostnaderna bedöms rymmas inom nämndens budgetram för det kommande året.",
    "Medarbetarna har varit delaktiga genom arbetsplatsträffar och samverkan.",
    "Uppföljningen visar att sjukfrånvaron minskat jämfört med föregående period.",
    "Arbetsgivaren svarar att frågan kommer att tas upp i samverkansgruppen.",
    "Nämnden ger förvaltningen i uppdrag att återkomma med en handlingsplan.",
    "Invånarnas synpunkter har samlats in genom en digital enkät under våren.",
    "Beslutet innebär att riktlinjerna revideras och börjar gälla från årsskiftet.",
    "Skyddsombuden har deltagit i riskbedömningen inför förändringen.",
    "Förslaget har remitterats till berörda nämnder och de kommunala bolagen.",
    "Investeringen finansieras genom omfördelning inom den befintliga planen.",
    "Facket undrar hur bemanningen ska säkras under semesterperioden."};
constexpr std::array kMonths{"januari", "februari", "mars", "april", "maj", "juni",
                             "juli", "augusti", "september", "oktober", "november", "december"};

class Writer {
 public:
  explicit Writer(unsigned seed) : random_(seed) {}

  template <typename Array>
  const char* pick(const Array& items) {
    return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(random_)];
  }
  int number(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
  std::string person() { return std::string(pick(kFirstNames)) + " " + pick(kLastNames); }
  std::string date() {
    return std::to_string(number(1, 28)) + " " + pick(kMonths) + " " + std::to_string(number(2019, 2025));
  }
  std::string body(int sentences) {
    std::string text;
    for (int i = 0; i < sentences; ++i) {
      text += pick(kSentences);
      text += (i % 3 == 2) ? "\n\n" : "\n";
    }
    return text;
  }

  std::string interpellation(const std::string& municipality) {
    const std::string topic = pick(kTopics);
    return "Svar på interpellation ställd av " + person() + " (" + pick(kParties) + ") till\n" +
           "kommunstyrelsens ordförande " + person() + " (" + pick(kParties) + ") om " + topic + "\n\n" +
           "Tack för frågorna om " + topic + " i " + municipality + " kommun.\n\n" + body(number(6, 14)) +
           "\nHur avser ni att följa upp " + topic + "?\n\n" + body(number(3, 8));
  }

  std::string paragraph(const std::string& municipality) {
    const std::size_t organ = static_cast<std::size_t>(number(0, kOrgans.size() - 1));
    const std::string header = std::string(kOrgans[organ]) + "\n\nSammanträdesdatum\n\n" + date() +
                               "\n\nParagraf\n\n§ " + std::to_string(number(1, 180)) + "\n\nDiarienummer " +
                               kSeries[organ] + "-" + std::to_string(number(2019, 2025)) + "/" +
                               std::to_string(number(1, 2000)) + "\n\n";
    return header + "Beslut om " + pick(kTopics) + " i " + municipality + " kommun\n\nBeslut\n\n" +
           body(number(4, 10)) + "\nI ärendet yttrar sig " + person() + " (" + pick(kParties) + ") och " +
           person() + " (" + pick(kParties) + ").\n";
  }

  std::string samverkan(const std::string& municipality) {
    std::string text = "Protokoll från förvaltningsgruppen den " + date() + "\n\nNärvarande:\n\n" +
                       pick(kUnits) + "\n\n" + person() + ", förvaltningschef\n\nFackliga organisationer\n\n";
    for (int i = 0; i < number(2, 4); ++i) text += std::string(pick(kUnions)) + ": " + person() + "\n\n";
    text += "Tidpunkt:\n\n" + date() + " kl. 13:00\n\n1. Mötets öppnande\n\n2. " + pick(kTopics) + "\n\n" +
            pick(kUnions) + " undrar hur " + pick(kTopics) + " påverkar medarbetarna.\n" +
            "Arbetsgivaren svarar att frågan följs upp.\n\n" + body(number(4, 10)) + "\n" + municipality +
            " kommun\n";
    return text;
  }

 private:
  std::mt19937 random_;
};

int parse_count(std::string_view text) {
  int n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || n < 1) throw std::invalid_argument(std::string(text));
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path out;
  int count = 0;
  unsigned seed = 2026;
  try {
    for (int i = 1; i + 1 < argc; i += 2) {
      const std::string_view arg = argv[i];
      if (arg == "--out") out = argv[i + 1];
      else if (arg == "--count") count = parse_count(argv[i + 1]);
      else if (arg == "--seed") seed = static_cast<unsigned>(parse_count(argv[i + 1]));
      else throw std::invalid_argument(std::string(arg));
    }
  } catch (const std::exception& e) {
    std::cerr << "kommunsok-synth: bad argument " << e.what() << "\n";
    count = 0;
  }
  if (out.empty() || count == 0) {
    std::cerr << "usage: kommunsok-synth --out DIR --count N [--seed S]\n";
    return 2;
  }
  Writer writer(seed);
  for (int i = 0; i < count; ++i) {
    const std::string municipality = writer.pick(kMunicipalities);
    const int shape = i % 3;
    const char* folder = shape == 0 ? "interpellationer" : shape == 1 ? "protokoll" : "samverkan";
    const fs::path file = out / municipality / folder / (std::to_string(i) + ".txt");
    fs::create_directories(file.parent_path());
    std::ofstream(file) << (shape == 0   ? writer.interpellation(municipality)
                            : shape == 1 ? writer.paragraph(municipality)
                                         : writer.samverkan(municipality));
  }
  std::cout << "wrote " << count << " documents to " << out.string() << "\n";
  return 0;
}
