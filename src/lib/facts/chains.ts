// The chains a project's own network, token or contracts can live on, and how each chain writes an address.
import type { TaxonomyEntry } from "./taxonomy";

/** How a chain family writes the address of a token or contract, for validation messages people can act on. */
export const addressFamilies = {
  evm: { pattern: /^0x[0-9a-fA-F]{40}$/, expected: "0x followed by 40 hexadecimal digits" },
  solana: {
    pattern: /^[1-9A-HJ-NP-Za-km-z]{32,44}$/,
    expected: "a base58 mint or program address of 32 to 44 characters",
  },
  cosmos: {
    pattern:
      /^(?:[a-z]{1,20}1[02-9ac-hj-np-z]{38,58}|ibc\/[0-9A-F]{64}|factory\/[a-z]{1,20}1[02-9ac-hj-np-z]{38,58}\/[\w.-]+|u?[a-z][a-z0-9]{1,15})$/,
    expected:
      "a bech32 contract address (such as osmo1…), an ibc/<64 hex> or factory/<address>/<name> denom, or a base denom such as uakt",
  },
  substrate: {
    pattern: /^(?:[1-9A-HJ-NP-Za-km-z]{46,48}|\d{1,10})$/,
    expected: "an SS58 address of 46 to 48 base58 characters, or a numeric asset id",
  },
  cardano: {
    pattern: /^(?:[0-9a-f]{56}(?:\.?[0-9a-f]{0,64})?|asset1[02-9ac-hj-np-z]{38})$/,
    expected:
      "a 56-hex-digit policy id (optionally followed by the asset name in hex) or an asset1… fingerprint",
  },
  near: {
    pattern: /^(?=.{2,64}$)(?:[a-z\d]+[-_])*[a-z\d]+(?:\.(?:[a-z\d]+[-_])*[a-z\d]+)*$/,
    expected: "a NEAR account id such as token.example.near",
  },
  starknet: { pattern: /^0x[0-9a-fA-F]{1,64}$/, expected: "0x followed by up to 64 hexadecimal digits" },
  move: {
    pattern: /^0x[0-9a-fA-F]{1,64}(?:::[A-Za-z_]\w*::[A-Za-z_]\w*)?$/,
    expected: "0x followed by up to 64 hex digits, optionally ::module::TYPE for a coin type",
  },
  ton: {
    pattern: /^(?:[EU]Q[A-Za-z0-9_-]{46}|-?[01]:[0-9a-f]{64})$/,
    expected: "a user-friendly address (EQ… or UQ…, 48 characters) or a raw 0:<64 hex> address",
  },
  tron: { pattern: /^T[1-9A-HJ-NP-Za-km-z]{33}$/, expected: "T followed by 33 base58 characters" },
  filecoin: { pattern: /^[ft][0-4][a-z0-9]{1,86}$/, expected: "a Filecoin address such as f410f… or f0123" },
  arweave: { pattern: /^[A-Za-z0-9_-]{43}$/, expected: "a 43-character base64url transaction or process id" },
  hedera: { pattern: /^0\.0\.\d+$/, expected: "a Hedera entity id such as 0.0.12345" },
  antelope: {
    pattern: /^[a-z1-5.]{1,12}$/,
    expected: "an account name of up to 12 characters (a–z, 1–5, .)",
  },
  icp: {
    pattern: /^[a-z0-9]{5}(?:-[a-z0-9]{5}){3,9}(?:-[a-z0-9]{1,5})?$/,
    expected: "a canister principal such as ryjl3-tyaaa-aaaaa-aaaba-cai",
  },
  qubic: { pattern: /^[A-Z]{60}$/, expected: "a 60-letter upper-case Qubic identity" },
} as const satisfies Record<string, { pattern: RegExp; expected: string }>;
export type AddressFamily = keyof typeof addressFamilies;

export type ChainEntry = TaxonomyEntry & {
  /** How addresses on the chain are written; several where the chain runs two environments (Telos). */
  readonly families: readonly AddressFamily[];
};

export const chains = [
  {
    slug: "ethereum",
    name: "Ethereum",
    description: "The general-purpose smart-contract chain most tokens in this field are issued on.",
    families: ["evm"],
  },
  {
    slug: "arbitrum",
    name: "Arbitrum",
    description: "An optimistic-rollup layer 2 that settles on Ethereum.",
    families: ["evm"],
  },
  {
    slug: "base",
    name: "Base",
    description: "An optimistic-rollup layer 2 on Ethereum built with the OP Stack and run by Coinbase.",
    families: ["evm"],
  },
  {
    slug: "optimism",
    name: "OP Mainnet",
    description: "The Optimism Collective's optimistic-rollup layer 2 on Ethereum.",
    families: ["evm"],
  },
  {
    slug: "polygon",
    name: "Polygon PoS",
    description: "An EVM-compatible proof-of-stake chain anchored to Ethereum.",
    families: ["evm"],
  },
  {
    slug: "bnb-chain",
    name: "BNB Smart Chain",
    description: "The EVM-compatible chain of the Binance ecosystem.",
    families: ["evm"],
  },
  {
    slug: "opbnb",
    name: "opBNB",
    description: "An OP Stack layer 2 that settles on BNB Smart Chain.",
    families: ["evm"],
  },
  {
    slug: "avalanche",
    name: "Avalanche",
    description: "A proof-of-stake network whose C-Chain runs EVM smart contracts.",
    families: ["evm"],
  },
  {
    slug: "solana",
    name: "Solana",
    description: "A high-throughput proof-of-stake layer 1 with its own (non-EVM) runtime.",
    families: ["solana"],
  },
  {
    slug: "cosmos",
    name: "Cosmos SDK",
    description: "Application-specific chains built with the Cosmos SDK and CometBFT consensus.",
    families: ["cosmos"],
  },
  {
    slug: "osmosis",
    name: "Osmosis",
    description: "A Cosmos SDK chain for token exchange, where many Cosmos tokens trade over IBC.",
    families: ["cosmos"],
  },
  {
    slug: "injective",
    name: "Injective",
    description: "A Cosmos SDK layer 1 built for finance, with CosmWasm and EVM contracts.",
    families: ["cosmos", "evm"],
  },
  {
    slug: "cardano",
    name: "Cardano",
    description: "A proof-of-stake layer 1 with the extended-UTXO smart-contract model.",
    families: ["cardano"],
  },
  {
    slug: "telos",
    name: "Telos",
    description: "An Antelope-based layer 1 with an EVM-compatible side.",
    families: ["antelope", "evm"],
  },
  {
    slug: "starknet",
    name: "Starknet",
    description: "A validity-rollup layer 2 on Ethereum that uses STARK proofs and the Cairo language.",
    families: ["starknet"],
  },
  {
    slug: "zksync",
    name: "ZKsync Era",
    description: "A validity-rollup layer 2 on Ethereum that runs EVM-compatible contracts.",
    families: ["evm"],
  },
  {
    slug: "linea",
    name: "Linea",
    description: "A validity-rollup layer 2 on Ethereum built by Consensys.",
    families: ["evm"],
  },
  {
    slug: "scroll",
    name: "Scroll",
    description: "A validity-rollup layer 2 on Ethereum with bytecode-level EVM compatibility.",
    families: ["evm"],
  },
  {
    slug: "mantle",
    name: "Mantle",
    description: "An Ethereum layer 2 with its own MNT gas token.",
    families: ["evm"],
  },
  {
    slug: "blast",
    name: "Blast",
    description: "An optimistic-rollup layer 2 on Ethereum with native yield on deposits.",
    families: ["evm"],
  },
  {
    slug: "polkadot",
    name: "Polkadot",
    description: "A relay chain with parachains built on the Substrate framework.",
    families: ["substrate"],
  },
  {
    slug: "kusama",
    name: "Kusama",
    description: "Polkadot's companion relay chain, used for earlier and faster-moving parachains.",
    families: ["substrate"],
  },
  {
    slug: "moonbeam",
    name: "Moonbeam",
    description: "An EVM-compatible parachain of Polkadot.",
    families: ["evm"],
  },
  { slug: "near", name: "NEAR", description: "A sharded proof-of-stake layer 1.", families: ["near"] },
  {
    slug: "sui",
    name: "Sui",
    description: "A proof-of-stake layer 1 whose contracts are written in the Move language.",
    families: ["move"],
  },
  {
    slug: "aptos",
    name: "Aptos",
    description: "A proof-of-stake layer 1 that runs Move smart contracts.",
    families: ["move"],
  },
  {
    slug: "ton",
    name: "TON",
    description: "The Open Network, a proof-of-stake layer 1 closely tied to the Telegram app.",
    families: ["ton"],
  },
  {
    slug: "tron",
    name: "TRON",
    description: "A delegated proof-of-stake layer 1 whose contracts follow the EVM model.",
    families: ["tron"],
  },
  {
    slug: "filecoin",
    name: "Filecoin",
    description: "A storage network whose miners are paid in FIL; it also runs EVM contracts (FEVM).",
    families: ["filecoin", "evm"],
  },
  {
    slug: "arweave",
    name: "Arweave",
    description:
      "A network for permanent data storage, paid once up front, with the AO compute layer on top.",
    families: ["arweave"],
  },
  {
    slug: "internet-computer",
    name: "Internet Computer",
    description: "A layer 1 whose smart contracts (canisters) serve web apps and hold data.",
    families: ["icp"],
  },
  {
    slug: "hedera",
    name: "Hedera",
    description: "A public ledger governed by a council of companies, using hashgraph consensus.",
    families: ["hedera", "evm"],
  },
  {
    slug: "iotex",
    name: "IoTeX",
    description: "An EVM-compatible layer 1 aimed at devices and decentralized physical infrastructure.",
    families: ["evm"],
  },
  {
    slug: "peaq",
    name: "peaq",
    description: "A Substrate-based layer 1 with EVM support, aimed at machines and physical infrastructure.",
    families: ["substrate", "evm"],
  },
  {
    slug: "celo",
    name: "Celo",
    description: "An EVM chain, now an Ethereum layer 2, aimed at payments on phones.",
    families: ["evm"],
  },
  {
    slug: "sonic",
    name: "Sonic",
    description: "An EVM layer 1 that succeeded Fantom Opera (FTM swapped to S).",
    families: ["evm"],
  },
  {
    slug: "gnosis",
    name: "Gnosis Chain",
    description: "An EVM-compatible proof-of-stake chain, formerly xDai, run by the Gnosis community.",
    families: ["evm"],
  },
  {
    slug: "metis",
    name: "Metis",
    description: "An EVM-compatible layer 2 on Ethereum with a decentralized sequencer.",
    families: ["evm"],
  },
  {
    slug: "bittensor",
    name: "Bittensor",
    description: "Bittensor's own Substrate-based chain (Subtensor).",
    ownChainOf: "bittensor",
    families: ["substrate"],
  },
  {
    slug: "qubic",
    name: "Qubic",
    description: "Qubic's own layer 1, secured by its computors.",
    ownChainOf: "qubic",
    families: ["qubic"],
  },
  {
    slug: "dynex",
    name: "Dynex",
    description: "Dynex's own proof-of-work chain.",
    ownChainOf: "dynex",
    families: [],
  },
  {
    slug: "phantasma",
    name: "Phantasma",
    description: "Phantasma's own layer 1 aimed at games and digital assets.",
    ownChainOf: "phantasma",
    families: [],
  },
  {
    slug: "ritual",
    name: "Ritual Chain",
    description: "Ritual's own EVM-compatible layer 1 with built-in AI and off-chain compute calls.",
    ownChainOf: "ritual",
    families: ["evm"],
  },
  {
    slug: "netmind",
    name: "NetMind Chain",
    description: "NetMind's own Ethereum-compatible proof-of-authority chain, whose native token is NMT.",
    ownChainOf: "netmind",
    families: ["evm"],
  },
  {
    slug: "octaspace",
    name: "OctaSpace",
    description: "OctaSpace's own proof-of-work chain, built from go-ethereum, with OCTA as its coin.",
    ownChainOf: "octaspace",
    families: ["evm"],
  },
  {
    slug: "gensyn",
    name: "Gensyn Network",
    description: "Gensyn's own Ethereum rollup for recording and settling machine-learning work.",
    ownChainOf: "gensyn",
    families: ["evm"],
  },
  {
    slug: "gan-chain",
    name: "GAN Chain",
    description:
      "GPU.Net's own Substrate-based layer 1 for registering GPU providers and paying them in GPU tokens.",
    ownChainOf: "gpu-net",
    families: ["substrate"],
  },
  {
    slug: "oasis-sapphire",
    name: "Oasis Sapphire",
    description:
      "The Oasis network's confidential EVM-compatible runtime (ParaTime), which can keep contract state and transactions private.",
    families: ["evm"],
  },
  {
    slug: "energy-web",
    name: "Energy Web Chain",
    description:
      "The Energy Web Foundation's EVM-compatible proof-of-authority chain for energy-sector applications.",
    families: ["evm"],
  },
  {
    slug: "moonriver",
    name: "Moonriver",
    description: "An EVM-compatible parachain of Kusama, the sister network of Moonbeam.",
    families: ["evm"],
  },
  {
    slug: "cuckoo-chain",
    name: "Cuckoo Chain",
    description:
      "Cuckoo Network's own EVM chain (chain ID 1200), an Arbitrum Orbit chain settling on Arbitrum One; put into sunset mode in July 2025.",
    ownChainOf: "cuckoo-network",
    families: ["evm"],
  },
  {
    slug: "polygon-zkevm",
    name: "Polygon zkEVM",
    description:
      "Polygon's zero-knowledge rollup on Ethereum (chain ID 1101), separate from the Polygon PoS chain.",
    families: ["evm"],
  },
  {
    slug: "fraxtal",
    name: "Fraxtal",
    description: "Frax Finance's layer 2 on Ethereum, built with the OP Stack (chain ID 252).",
    families: ["evm"],
  },
  {
    slug: "katana",
    name: "Katana",
    description: "An EVM-compatible network with chain ID 747474 (explorer katanascan.com).",
    families: ["evm"],
  },
  {
    slug: "berachain",
    name: "Berachain",
    description: "An EVM-compatible layer 1 blockchain (chain ID 80094).",
    families: ["evm"],
  },
  {
    slug: "clore",
    name: "Clore Blockchain",
    description:
      "Clore.ai's own coin chain, released in December 2022 as proof of work; its coins are being converted one-to-one into the ERC-20 CLORE on Ethereum.",
    ownChainOf: "clore-ai",
    families: [],
  },
  {
    slug: "theta",
    name: "Theta",
    description:
      "Theta Network's own proof-of-stake layer 1 with an EVM-compatible runtime; its coins are THETA (staking) and TFUEL (gas and node rewards).",
    ownChainOf: "theta-edgecloud",
    families: ["evm"],
  },
  {
    slug: "fluence",
    name: "Fluence",
    description:
      "Fluence's own EVM chain (chain ID 9999999), an Arbitrum Orbit optimistic rollup on Ethereum that uses FLT for gas.",
    ownChainOf: "fluence",
    families: ["evm"],
  },
  {
    slug: "flux",
    name: "Flux",
    description:
      "Flux's own layer 1 (launched in 2018 as ZelCash), whose native FLUX is locked as FluxNode collateral and paid out as block rewards.",
    ownChainOf: "flux",
    families: [],
  },
  {
    slug: "mode",
    name: "Mode",
    description: "An optimistic-rollup layer 2 on Ethereum built with the OP Stack.",
    families: ["evm"],
  },
  {
    slug: "vana",
    name: "Vana",
    description:
      "Vana's own EVM-compatible layer 1 (chain id 1480) for user-owned data and DataDAOs; VANA is its native coin.",
    ownChainOf: "vana",
    families: ["evm"],
  },
  {
    slug: "fantom",
    name: "Fantom Opera",
    description: "Fantom's EVM-compatible proof-of-stake layer 1 (Fantom Opera, chain id 250).",
    families: ["evm"],
  },
  {
    slug: "acurast",
    name: "Acurast",
    description:
      "Acurast's own Substrate chain, a Polkadot parachain (ID 3396) whose native coin ACU pays fees, deployments and staking.",
    ownChainOf: "acurast",
    families: ["substrate"],
  },
  {
    slug: "hyperevm",
    name: "HyperEVM",
    description:
      "The EVM-compatible execution layer of the Hyperliquid layer 1 (chain id 999), whose gas token is HYPE.",
    families: ["evm"],
  },
  {
    slug: "zero-g",
    name: "0G Chain",
    description:
      "0G's own EVM-compatible layer 1 (chain ID 16661) using CometBFT consensus; its native coin 0G pays gas and AI compute and storage services.",
    ownChainOf: "zero-g",
    families: ["evm"],
  },
  {
    slug: "monad",
    name: "Monad",
    description: "An EVM-compatible chain (chain ID 143) whose native coin is MON.",
    families: ["evm"],
  },
  {
    slug: "robinhood-chain",
    name: "Robinhood Chain",
    description: "Robinhood's EVM-compatible chain (chain ID 4663), which uses ETH for gas.",
    families: ["evm"],
  },
  {
    slug: "kava",
    name: "Kava",
    description:
      "A Cosmos SDK layer 1 with an EVM-compatible execution side (Kava EVM, chain ID 2222); KAVA is its native coin.",
    families: ["evm", "cosmos"],
  },
  {
    slug: "kite",
    name: "Kite AI chain",
    description:
      "Kite AI's own EVM-compatible proof-of-stake layer 1 (chain ID 2366) for payments between AI agents; KITE is its native coin.",
    ownChainOf: "kite-ai",
    families: ["evm"],
  },
  {
    slug: "nesa",
    name: "Nesa",
    description:
      "Nesa's own layer 1 for AI inference (EVM chain ID 41443), whose native coin NES pays gas and is bridged out through Hyperlane.",
    ownChainOf: "nesa",
    families: ["evm"],
  },
  {
    slug: "unichain",
    name: "Unichain",
    description: "An Ethereum layer 2 rollup built with the OP Stack and launched by Uniswap Labs.",
    families: ["evm"],
  },
  {
    slug: "manta-pacific",
    name: "Manta Pacific",
    description: "Manta Network's EVM-compatible layer 2 on Ethereum.",
    families: ["evm"],
  },
  {
    slug: "phala",
    name: "Phala L2",
    description:
      "Phala Network's own Ethereum layer 2 (chain ID 2035, gas paid in ETH), which replaced its Polkadot parachain and hosts bridged PHA and vPHA.",
    ownChainOf: "phala-network",
    families: ["evm"],
  },
  {
    slug: "nillion",
    name: "Nillion L2",
    description:
      "Nillion's own Ethereum layer 2 (chain ID 98875, gas paid in ETH) that runs the Blacklight staking and verification contracts; it replaced the Cosmos-based nilChain, halted in March 2026.",
    ownChainOf: "nillion",
    families: ["evm"],
  },
  // new chains go above this line
] as const satisfies readonly ChainEntry[];

/** A chain's display name (the same in every edition). */
export const chainName = (slug: string) => chains.find((chain) => chain.slug === slug)?.name ?? slug;
